package dev.laurel.credentials.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A compact JWS taken apart: header, payload, the credential the payload carries, and what was signed.
 *
 * @param header the JOSE header
 * @param payload the whole JWT payload
 * @param credential the credential: the payload without the JWT registered claims, or the legacy {@code vc} claim
 * @param signingInput the ASCII bytes {@code header.payload} the signature covers
 * @param signature the decoded signature
 */
public record DecodedJwt(
        ObjectNode header, ObjectNode payload, ObjectNode credential, byte[] signingInput, byte[] signature) {

    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    /** True when {@code text} has the shape of a compact JWS (three base64url segments). */
    public static boolean looksLikeJwt(String text) {
        return COMPACT.matcher(text.strip()).matches();
    }

    /**
     * Decodes a compact JWS.
     *
     * @throws IllegalArgumentException with a readable message when it is not a compact JWS carrying a JSON object
     */
    public static DecodedJwt parse(String compact) {
        String text = compact.strip();
        if (!looksLikeJwt(text)) {
            throw new IllegalArgumentException("not a compact JWS (expected three base64url parts separated by dots)");
        }
        String[] parts = text.split("\\.", -1);
        ObjectNode header = object(parts[0], "JOSE header");
        ObjectNode payload = object(parts[1], "JWT payload");
        byte[] signature = decode(parts[2], "signature");
        ObjectNode credential;
        if (payload.path("vc").isObject()) {
            credential = (ObjectNode) payload.get("vc").deepCopy();
        } else {
            credential = payload.deepCopy();
            credential.remove(VcJwt.REGISTERED_CLAIMS);
        }
        byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        return new DecodedJwt(header, payload, credential, signingInput, signature);
    }

    private static ObjectNode object(String part, String what) {
        JsonNode node;
        try {
            node = Json.parse(decode(part, what));
        } catch (MalformedJsonException e) {
            throw new IllegalArgumentException("the " + what + " is not JSON: " + e.getMessage(), e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("the " + what + " is not a JSON object");
        }
        return object;
    }

    private static byte[] decode(String part, String what) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + what + " is not base64url", e);
        }
    }

    @Override
    public byte[] signingInput() {
        return signingInput.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }
}
