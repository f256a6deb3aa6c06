package dev.laurel.server.platform;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that encrypts signing keys at rest: 32 bytes (AES-256), given base64-encoded in {@code LAUREL_MASTER_KEY} or
 * in the file {@code LAUREL_MASTER_KEY_FILE}. Encryption is AES-GCM with a random nonce and the caller's associated
 * data, so a ciphertext moved to another row does not decrypt. The key never appears in {@link #toString()}.
 * Thread-safe.
 */
public final class MasterKey {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final java.util.List<SecretKey> previous;
    private final SecureRandom random = new SecureRandom();

    MasterKey(byte[] bytes) {
        this(bytes, java.util.List.of());
    }

    private MasterKey(byte[] bytes, java.util.List<SecretKey> previous) {
        if (bytes.length != 32) {
            throw new SettingException("the master key must be 32 bytes (base64 of 32 random bytes, e.g. "
                    + "`openssl rand -base64 32`), got " + bytes.length + " bytes");
        }
        this.key = new SecretKeySpec(bytes, "AES");
        this.previous = previous;
    }

    /**
     * This key, also decrypting what the keys in {@code previousKeys} encrypted (comma-separated base64, from {@code
     * LAUREL_MASTER_KEY_PREVIOUS}; blank: none): while a rotation is under way, until {@link MasterKeyRotation} has
     * encrypted everything again under this one. Encryption always uses this key.
     */
    MasterKey withPrevious(String previousKeys) {
        if (previousKeys == null || previousKeys.isBlank()) {
            return this;
        }
        java.util.List<SecretKey> keys = new java.util.ArrayList<>();
        for (String each : previousKeys.split(",")) {
            keys.add(decode(each.strip(), "LAUREL_MASTER_KEY_PREVIOUS").key);
        }
        return new MasterKey(key.getEncoded(), java.util.List.copyOf(keys));
    }

    /** Whether this key alone (not a previous one) decrypts {@code ciphertext} made for {@code context}. */
    boolean isCurrent(byte[] ciphertext, byte[] context) {
        try {
            decrypt(key, ciphertext, context);
            return true;
        } catch (WrongMasterKeyException e) {
            return false;
        }
    }

    /** A new random master key, base64-encoded: for development and for operators creating one. */
    public static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The key from the value of {@code LAUREL_MASTER_KEY}, or else the file named by {@code LAUREL_MASTER_KEY_FILE}. */
    static MasterKey fromSettings(String value, String file) {
        if (value != null && !value.isBlank()) {
            return decode(value.strip(), "LAUREL_MASTER_KEY");
        }
        if (file != null && !file.isBlank()) {
            return decode(
                    Production.readFile(Path.of(file.strip()), "LAUREL_MASTER_KEY_FILE"), "LAUREL_MASTER_KEY_FILE");
        }
        throw new SettingException("LAUREL_MASTER_KEY is not set: it must be the base64 of 32 random bytes (e.g. "
                + "`openssl rand -base64 32`), or set LAUREL_MASTER_KEY_FILE to a file holding it");
    }

    private static MasterKey decode(String base64, String setting) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new SettingException(setting + " is not base64: it must be the base64 of 32 random bytes");
        }
        try {
            return new MasterKey(bytes);
        } catch (SettingException e) {
            throw new SettingException(setting + ": " + e.getMessage());
        }
    }

    /** Encrypts {@code plaintext}, bound to {@code context} (e.g. the row's id). */
    public byte[] encrypt(byte[] plaintext, byte[] context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(VERSION)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * Decrypts what {@link #encrypt} made with the same context.
     *
     * @throws WrongMasterKeyException when the ciphertext was made with another key or for another context
     */
    public byte[] decrypt(byte[] ciphertext, byte[] context) {
        try {
            return decrypt(key, ciphertext, context);
        } catch (WrongMasterKeyException e) {
            for (SecretKey earlier : previous) {
                try {
                    return decrypt(earlier, ciphertext, context);
                } catch (WrongMasterKeyException stillWrong) {
                    // the next one, perhaps
                }
            }
            throw e;
        }
    }

    private static byte[] decrypt(SecretKey key, byte[] ciphertext, byte[] context) {
        if (ciphertext.length < 1 + NONCE_BYTES + TAG_BITS / 8 || ciphertext[0] != VERSION) {
            throw new WrongMasterKeyException("not a ciphertext of this master key format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(ciphertext, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(context);
            return cipher.doFinal(ciphertext, 1 + NONCE_BYTES, ciphertext.length - 1 - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new WrongMasterKeyException("the master key does not decrypt this data");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    /**
     * A key for one purpose derived from this one (HMAC-SHA256 of {@code purpose}, as HKDF-Expand's first block): for
     * values that must be the same on every node and unguessable without the master key, e.g. unsubscribe links.
     */
    public javax.crypto.SecretKey derive(String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] info = (purpose + "\u0001").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new SecretKeySpec(mac.doFinal(info), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[AES-256]";
    }

    /** Data encrypted under another master key, or tampered with. */
    public static final class WrongMasterKeyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrongMasterKeyException(String message) {
            super(message);
        }
    }
}
