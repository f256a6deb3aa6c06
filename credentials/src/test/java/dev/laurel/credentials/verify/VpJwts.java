package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.SigningKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** VP-JWTs as a holder's wallet signs them: the JOSE header and payload given, signed with the holder's key. */
final class VpJwts {

    private VpJwts() {}

    /** A VP-JWT of {@code payload} with header {@code alg}, {@code typ: vp+jwt} and {@code kid} the key's did:key URL. */
    static String sign(ObjectNode payload, SigningKey key) {
        ObjectNode header = Json.MAPPER.createObjectNode();
        header.put("alg", key.type().jwsAlgorithm());
        header.put("typ", "vp+jwt");
        header.put("kid", key.publicKey().didKeyVerificationMethod());
        return sign(header, payload, key);
    }

    static String sign(ObjectNode header, ObjectNode payload, SigningKey key) {
        String input = base64url(Json.write(header)) + "." + base64url(Json.write(payload));
        byte[] signature = key.sign(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    private static String base64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
