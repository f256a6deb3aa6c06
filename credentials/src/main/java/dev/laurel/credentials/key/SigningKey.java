package dev.laurel.credentials.key;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

/**
 * A private signing key (Ed25519, P-256 or P-384) with its public {@link Multikey}.
 *
 * <p>{@link #sign(byte[])} returns a raw signature: 64 bytes of Ed25519, or r‖s for P-256 and P-384 (the JOSE form). The
 * secret never appears in {@link #toString()}. Thread-safe; signing allocates no shared state.
 */
public final class SigningKey {

    private final KeyType type;
    private final byte[] secret;
    private final Multikey publicKey;
    private final Ed25519PrivateKeyParameters ed25519;
    private final Ed25519PublicKeyParameters ed25519Public;
    private final PrivateKey ecdsa;

    private SigningKey(KeyType type, byte[] secret) {
        if (secret.length != type.secretLength()) {
            throw new IllegalArgumentException(
                    type.curve() + " secret key must be " + type.secretLength() + " bytes, got " + secret.length);
        }
        this.type = type;
        this.secret = secret.clone();
        if (type == KeyType.ED25519) {
            this.ed25519 = new Ed25519PrivateKeyParameters(secret);
            this.ed25519Public = ed25519.generatePublicKey();
            this.publicKey = new Multikey(type, ed25519Public.getEncoded());
            this.ecdsa = null;
        } else {
            this.ed25519 = null;
            this.ed25519Public = null;
            this.publicKey = new Multikey(type, EcCurve.of(type).publicKeyOf(secret));
            this.ecdsa = EcCurve.of(type).privateKey(secret);
        }
    }

    /** A new random key. */
    public static SigningKey generate(KeyType type, SecureRandom random) {
        if (type == KeyType.ED25519) {
            return new SigningKey(type, new Ed25519PrivateKeyParameters(random).getEncoded());
        }
        while (true) {
            byte[] secret = new byte[type.secretLength()];
            random.nextBytes(secret);
            try {
                return new SigningKey(type, secret);
            } catch (IllegalArgumentException outOfRange) {
                // vanishingly rare: the scalar was zero or not below the group order; draw again
            }
        }
    }

    /** The key whose secret is {@code secret}: the 32-byte Ed25519 seed, the 32-byte P-256 or 48-byte P-384 scalar. */
    public static SigningKey of(KeyType type, byte[] secret) {
        return new SigningKey(type, secret);
    }

    /**
     * Parses a {@code secretKeyMultibase} or {@code privateKeyMultibase} value: a multicodec {@code ed25519-priv} or
     * {@code p256-priv} or {@code p384-priv} header and the secret (an Ed25519 secret of 64 bytes, seed then public key, is
     * accepted too when the halves agree).
     */
    public static SigningKey fromMultibase(String secretKeyMultibase) {
        byte[] bytes = Multibase.decode(secretKeyMultibase);
        for (KeyType type : KeyType.values()) {
            byte[] header = type.secretHeader();
            if (bytes.length > header.length && Arrays.equals(bytes, 0, header.length, header, 0, header.length)) {
                return fromRaw(type, Arrays.copyOfRange(bytes, header.length, bytes.length));
            }
        }
        throw new IllegalArgumentException("secret key multibase is not an Ed25519, P-256 or P-384 secret Multikey");
    }

    private static SigningKey fromRaw(KeyType type, byte[] raw) {
        if (type == KeyType.ED25519 && raw.length == 64) {
            SigningKey key = new SigningKey(type, Arrays.copyOf(raw, 32));
            if (!Arrays.equals(key.publicKey.publicKey(), Arrays.copyOfRange(raw, 32, 64))) {
                throw new IllegalArgumentException(
                        "the 64-byte Ed25519 secret key's public half does not match its seed");
            }
            return key;
        }
        return new SigningKey(type, raw);
    }

    /**
     * Reads a key file: Laurel's {@code {"publicKeyMultibase","secretKeyMultibase"}}, the {@code privateKeyMultibase}
     * form of the W3C vc-di-eddsa vectors, {@code privateKeyHex} as in the OB 3.0 implementation guide, or a private
     * JWK under {@code secretKeyJwk} / {@code privateKeyJwk} (or the file itself a JWK with {@code d}). When the file
     * also gives {@code publicKeyMultibase}, it must match the secret.
     */
    public static SigningKey fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("a key file must be a JSON object");
        }
        SigningKey key = readSecret(json);
        JsonNode declared = json.get("publicKeyMultibase");
        if (declared != null && declared.isTextual()) {
            Multikey declaredKey = Multikey.fromMultibase(declared.asText());
            if (!declaredKey.equals(key.publicKey)) {
                throw new IllegalArgumentException("publicKeyMultibase does not match the secret key in the key file");
            }
        }
        return key;
    }

    private static SigningKey readSecret(JsonNode json) {
        for (String field : new String[] {"secretKeyMultibase", "privateKeyMultibase"}) {
            if (json.hasNonNull(field)) {
                return fromMultibase(json.get(field).asText());
            }
        }
        if (json.hasNonNull("privateKeyHex")) {
            byte[] raw = HexFormat.of().parseHex(json.get("privateKeyHex").asText());
            return fromRaw(KeyType.ED25519, raw);
        }
        for (String field : new String[] {"secretKeyJwk", "privateKeyJwk"}) {
            if (json.hasNonNull(field)) {
                return fromJwk(json.get(field));
            }
        }
        if (json.hasNonNull("d") && json.hasNonNull("kty")) {
            return fromJwk(json);
        }
        throw new IllegalArgumentException("the key file has no secret key (expected secretKeyMultibase, "
                + "privateKeyMultibase, privateKeyHex or a private JWK)");
    }

    private static SigningKey fromJwk(JsonNode node) {
        try {
            JWK jwk = JWK.parse(node.toString());
            if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve()) && okp.getD() != null) {
                return new SigningKey(KeyType.ED25519, okp.getD().decode());
            }
            if (jwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve()) && ec.getD() != null) {
                return new SigningKey(KeyType.P256, leftPad(ec.getD().decode(), 32));
            }
            if (jwk instanceof ECKey ec && Curve.P_384.equals(ec.getCurve()) && ec.getD() != null) {
                return new SigningKey(KeyType.P384, leftPad(ec.getD().decode(), 48));
            }
            throw new IllegalArgumentException(
                    "the private JWK must be an Ed25519 (OKP), P-256 or P-384 (EC) key with 'd'");
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a valid JWK: " + e.getMessage(), e);
        }
    }

    private static byte[] leftPad(byte[] value, int length) {
        if (value.length >= length) {
            return Arrays.copyOfRange(value, value.length - length, value.length);
        }
        byte[] padded = new byte[length];
        System.arraycopy(value, 0, padded, length - value.length, value.length);
        return padded;
    }

    public KeyType type() {
        return type;
    }

    /** The public half. */
    public Multikey publicKey() {
        return publicKey;
    }

    /** Signs {@code data}: 64 bytes of Ed25519 or P-256 r‖s, 96 bytes of P-384 r‖s. */
    public byte[] sign(byte[] data) {
        return type == KeyType.ED25519
                ? Ed25519.sign(ed25519, ed25519Public, data)
                : EcCurve.of(type).sign(ecdsa, data);
    }

    /** The {@code secretKeyMultibase} value: multicodec header and the secret, base58btc. */
    public String secretKeyMultibase() {
        byte[] header = type.secretHeader();
        byte[] bytes = Arrays.copyOf(header, header.length + secret.length);
        System.arraycopy(secret, 0, bytes, header.length, secret.length);
        return Multibase.encodeBase58Btc(bytes);
    }

    /** The key file Laurel writes: {@code {"publicKeyMultibase", "secretKeyMultibase"}}. */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("publicKeyMultibase", publicKey.publicKeyMultibase());
        json.put("secretKeyMultibase", secretKeyMultibase());
        return json;
    }

    @Override
    public String toString() {
        return "SigningKey[" + type.curve() + " " + publicKey.publicKeyMultibase() + "]";
    }
}
