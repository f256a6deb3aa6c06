package dev.laurel.credentials.key;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A public key in the W3C Multikey form: its type and raw bytes (Ed25519: 32 bytes; P-256 and P-384: a 33- or
 * 49-byte compressed point). Converts to and from {@code publicKeyMultibase}, {@code did:key} and JWK.
 *
 * <p>Parsing methods throw {@link IllegalArgumentException} with a readable message for malformed keys. Immutable and
 * thread-safe.
 */
public record Multikey(KeyType type, byte[] publicKey) {

    public Multikey {
        publicKey = publicKey.clone();
        if (publicKey.length != type.publicKeyLength()) {
            throw new IllegalArgumentException(
                    type.curve() + " public key must be " + type.publicKeyLength() + " bytes, got " + publicKey.length);
        }
        if (type != KeyType.ED25519) {
            EcCurve.of(type).decompress(publicKey);
        }
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** Parses a {@code publicKeyMultibase} value ({@code z6Mk…} Ed25519, {@code zDn…} P-256, {@code z82…} P-384). */
    public static Multikey fromMultibase(String publicKeyMultibase) {
        byte[] bytes = Multibase.decode(publicKeyMultibase);
        for (KeyType type : KeyType.values()) {
            byte[] header = type.publicHeader();
            if (startsWith(bytes, header)) {
                return new Multikey(type, Arrays.copyOfRange(bytes, header.length, bytes.length));
            }
        }
        throw new IllegalArgumentException(
                "publicKeyMultibase is not an Ed25519, P-256 or P-384 Multikey (multicodec header "
                        + HexFormat.of().formatHex(bytes, 0, Math.min(2, bytes.length)) + ")");
    }

    /** Parses the method-specific part of a {@code did:key} DID or DID URL (fragments are ignored). */
    public static Multikey fromDidKey(String didKey) {
        if (!didKey.startsWith("did:key:")) {
            throw new IllegalArgumentException("not a did:key: " + didKey);
        }
        String id = didKey.substring("did:key:".length());
        int hash = id.indexOf('#');
        return fromMultibase(hash >= 0 ? id.substring(0, hash) : id);
    }

    /** Reads a public JWK: OKP/Ed25519, EC/P-256 or EC/P-384. */
    public static Multikey fromJwk(JWK jwk) {
        if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
            return new Multikey(KeyType.ED25519, okp.getX().decode());
        }
        if (jwk instanceof ECKey ec && (Curve.P_256.equals(ec.getCurve()) || Curve.P_384.equals(ec.getCurve()))) {
            KeyType type = Curve.P_256.equals(ec.getCurve()) ? KeyType.P256 : KeyType.P384;
            try {
                return new Multikey(type, EcCurve.of(type).compress(ec.toECPublicKey()));
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalArgumentException("invalid " + type.curve() + " JWK: " + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("unsupported JWK for a Multikey: kty " + jwk.getKeyType() + ", only "
                + "Ed25519 (OKP), P-256 and P-384 (EC) keys can be Multikeys");
    }

    /** The {@code publicKeyMultibase} value: base58btc of the multicodec header and the key. */
    public String publicKeyMultibase() {
        byte[] header = type.publicHeader();
        byte[] bytes = Arrays.copyOf(header, header.length + publicKey.length);
        System.arraycopy(publicKey, 0, bytes, header.length, publicKey.length);
        return Multibase.encodeBase58Btc(bytes);
    }

    /** The {@code did:key} DID of this key. */
    public String didKey() {
        return "did:key:" + publicKeyMultibase();
    }

    /** The {@code did:key} verification method URL of this key ({@code did:key:z…#z…}). */
    public String didKeyVerificationMethod() {
        String multibase = publicKeyMultibase();
        return "did:key:" + multibase + "#" + multibase;
    }

    /** This key as a public JWK. */
    public JWK toJwk() {
        return switch (type) {
            case ED25519 -> new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(publicKey)).build();
            case P256 -> new ECKey.Builder(Curve.P_256, javaPublicKey()).build();
            case P384 -> new ECKey.Builder(Curve.P_384, javaPublicKey()).build();
        };
    }

    /** The P-256 or P-384 key as a JDK public key. */
    ECPublicKey javaPublicKey() {
        if (type == KeyType.ED25519) {
            throw new IllegalStateException("not a P-256 or P-384 key");
        }
        return EcCurve.of(type).decompress(publicKey);
    }

    /** True when {@code signature} is this key's signature of {@code data}; false for any malformed signature. */
    public boolean verify(byte[] data, byte[] signature) {
        return switch (type) {
            case ED25519 -> Ed25519.verify(publicKey, data, signature);
            case P256, P384 -> EcCurve.of(type).verify(javaPublicKey(), data, signature);
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Multikey that && type == that.type && Arrays.equals(publicKey, that.publicKey);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return "Multikey[" + type.curve() + " " + publicKeyMultibase() + "]";
    }
}
