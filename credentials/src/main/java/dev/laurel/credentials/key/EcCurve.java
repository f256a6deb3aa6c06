package dev.laurel.credentials.key;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * The NIST curves P-256 and P-384: point compression through BouncyCastle, ECDSA signatures through the JDK in the
 * IEEE P1363 form (r‖s) that JOSE and Data Integrity use, hashed with SHA-256 and SHA-384 respectively.
 */
enum EcCurve {
    P256("secp256r1", "SHA256withECDSAinP1363Format", 32),
    P384("secp384r1", "SHA384withECDSAinP1363Format", 48);

    private final X9ECParameters curve;
    private final ECParameterSpec spec;
    private final String algorithm;
    private final int scalarLength;

    EcCurve(String name, String algorithm, int scalarLength) {
        this.curve = CustomNamedCurves.getByName(name);
        this.algorithm = algorithm;
        this.scalarLength = scalarLength;
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(name));
            this.spec = parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK does not know the curve " + name, e);
        }
    }

    /** The curve of {@code type}; throws IllegalArgumentException for Ed25519. */
    static EcCurve of(KeyType type) {
        return switch (type) {
            case P256 -> P256;
            case P384 -> P384;
            case ED25519 -> throw new IllegalArgumentException("Ed25519 is not a NIST curve");
        };
    }

    /** The length of a secret scalar and of each half of a signature, in bytes. */
    int scalarLength() {
        return scalarLength;
    }

    /** Decodes a compressed point; throws IllegalArgumentException when it is not on the curve. */
    ECPublicKey decompress(byte[] compressed) {
        try {
            var point = curve.getCurve().decodePoint(compressed).normalize();
            var publicSpec = new ECPublicKeySpec(
                    new ECPoint(
                            point.getAffineXCoord().toBigInteger(),
                            point.getAffineYCoord().toBigInteger()),
                    spec);
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(publicSpec);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException("not a valid compressed " + this + " point: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no EC key factory", e);
        }
    }

    byte[] compress(ECPublicKey key) {
        var w = key.getW();
        return curve.getCurve().createPoint(w.getAffineX(), w.getAffineY()).getEncoded(true);
    }

    byte[] publicKeyOf(byte[] secret) {
        var d = new BigInteger(1, secret);
        if (d.signum() == 0 || d.compareTo(curve.getN()) >= 0) {
            throw new IllegalArgumentException(this + " secret key out of range");
        }
        return new FixedPointCombMultiplier()
                .multiply(curve.getG(), d)
                .normalize()
                .getEncoded(true);
    }

    PrivateKey privateKey(byte[] secret) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(new BigInteger(1, secret), spec));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid " + this + " secret key", e);
        }
    }

    byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(this + " signing failed", e);
        }
    }

    boolean verify(ECPublicKey key, byte[] data, byte[] signatureBytes) {
        if (signatureBytes == null || signatureBytes.length != 2 * scalarLength) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return this == P256 ? "P-256" : "P-384";
    }
}
