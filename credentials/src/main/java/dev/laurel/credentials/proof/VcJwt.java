package dev.laurel.credentials.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.SigningKey;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * VC-JWT as Open Badges 3.0 §8.2 and VC-JOSE-COSE define it: the credential is the JWT payload, with the registered
 * claims {@code iss}, {@code jti}, {@code nbf}, {@code sub} and {@code exp} mirroring issuer, id, validFrom,
 * credentialSubject.id and validUntil.
 *
 * <p>Signing uses {@code EdDSA} for Ed25519 keys and {@code ES256} for P-256 keys, with the JOSE header {@code alg},
 * {@code kid} and {@code typ: "JWT"} only (OB 3.0 allows no other header). Verification is {@link JwtVerifier}'s.
 * Thread-safe.
 */
public final class VcJwt {

    /** The JWT registered claims that mirror credential properties; they are not part of the credential itself. */
    static final Set<String> REGISTERED_CLAIMS = Set.of("iss", "sub", "jti", "nbf", "exp", "iat", "aud");

    private VcJwt() {}

    /**
     * Signs {@code credential} as a compact JWS.
     *
     * @param credential an unsigned credential (an embedded {@code proof}, if any, stays in the payload)
     * @param key the issuer's key
     * @param keyId the {@code kid}: a DID URL or https URL resolving to the key's public half
     * @throws IllegalArgumentException when the credential's validFrom/validUntil are not date-times
     */
    public static String sign(JsonNode credential, SigningKey key, String keyId) {
        ObjectNode payload = claims(credential);
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.parse(key.type().jwsAlgorithm()))
                .keyID(keyId)
                .type(JOSEObjectType.JWT)
                .build();
        String signingInput = header.toBase64URL() + "."
                + Base64URL.encode(Json.write(payload).getBytes(StandardCharsets.UTF_8));
        byte[] signature = key.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64URL.encode(signature);
    }

    /** The JWT payload: the credential with the registered claims OB 3.0 requires. */
    static ObjectNode claims(JsonNode credential) {
        if (!credential.isObject()) {
            throw new IllegalArgumentException("a credential must be a JSON object");
        }
        ObjectNode payload = credential.deepCopy();
        String issuer = idOf(credential.get("issuer"));
        if (issuer != null) {
            payload.put("iss", issuer);
        }
        if (credential.path("id").isTextual()) {
            payload.put("jti", credential.get("id").asText());
        }
        String subject = idOf(credential.get("credentialSubject"));
        if (subject != null) {
            payload.put("sub", subject);
        }
        Long notBefore = epochSeconds(credential, "validFrom");
        if (notBefore != null) {
            payload.put("nbf", notBefore);
        }
        Long expires = epochSeconds(credential, "validUntil");
        if (expires != null) {
            payload.put("exp", expires);
        }
        return payload;
    }

    /** The id of an object given as a string or as {@code {"id": …}}; null when there is none. */
    static String idOf(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray() && node.size() == 1) {
            return idOf(node.get(0));
        }
        JsonNode id = node.get("id");
        return id != null && id.isTextual() ? id.asText() : null;
    }

    static Long epochSeconds(JsonNode credential, String property) {
        JsonNode value = credential.get(property);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText()).toEpochSecond();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(property + " is not an ISO 8601 date-time: " + value.asText(), e);
        }
    }
}
