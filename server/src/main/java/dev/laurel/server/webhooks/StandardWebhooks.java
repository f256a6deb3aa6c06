package dev.laurel.server.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks 1.0 symmetric scheme: secrets are {@code whsec_} + base64 of random bytes (here 32); a
 * delivery is signed with HMAC-SHA256 over {@code {webhook-id}.{webhook-timestamp}.{body}}, keyed with the secret's
 * decoded bytes, and sent as {@code v1,<base64>} — several space-separated while a rotated secret still signs.
 * Stateless and thread-safe.
 */
final class StandardWebhooks {

    static final String SECRET_PREFIX = "whsec_";
    static final int SECRET_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private StandardWebhooks() {}

    /** New random secret bytes. */
    static byte[] newKey() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** The secret as shown to the receiver: {@code whsec_} + base64. */
    static String secret(byte[] key) {
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /**
     * The key bytes of a {@code whsec_} secret.
     *
     * @throws IllegalArgumentException when it is not one
     */
    static byte[] key(String secret) {
        if (!secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a Standard Webhooks secret starts with " + SECRET_PREFIX);
        }
        return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    }

    /** The {@code webhook-signature} header: one {@code v1,} signature per key, space-separated, in order. */
    static String signature(List<byte[]> keys, String webhookId, long timestamp, byte[] body) {
        return keys.stream()
                .map(key -> "v1," + Base64.getEncoder().encodeToString(hmac(key, webhookId, timestamp, body)))
                .collect(Collectors.joining(" "));
    }

    private static byte[] hmac(byte[] key, String webhookId, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
