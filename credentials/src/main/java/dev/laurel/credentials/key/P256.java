package dev.laurel.credentials.key;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/** P-256 (secp256r1): point compression through BouncyCastle, ECDSA signatures through the JDK in JOSE form (r‖s). */
final class P256 {

    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
    private static final ECParameterSpec SPEC;
    private static final String ALGORITHM = "SHA256withECDSAinP1363Format";

    static {
        try {
            var parameters = java.security.AlgorithmParameters.getInstance("EC");
            parameters.init(new java.security.spec.ECGenParameterSpec("secp256r1"));
            SPEC = parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private P256() {}

    /** Decodes a 33-byte compressed point; throws IllegalArgumentException when it is not on the curve. */
    static ECPublicKey decompress(byte[] compressed) {
        try {
            ECCurve curve = CURVE.getCurve();
            var point = curve.decodePoint(compressed).normalize();
            var spec = new ECPublicKeySpec(
                    new ECPoint(
                            point.getAffineXCoord().toBigInteger(),
                            point.getAffineYCoord().toBigInteger()),
                    SPEC);
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(spec);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException("not a valid compressed P-256 point: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no EC key factory", e);
        }
    }

    static byte[] compress(ECPublicKey key) {
        var w = key.getW();
        return CURVE.getCurve().createPoint(w.getAffineX(), w.getAffineY()).getEncoded(true);
    }

    static byte[] publicKeyOf(byte[] secret) {
        var d = new BigInteger(1, secret);
        if (d.signum() == 0 || d.compareTo(CURVE.getN()) >= 0) {
            throw new IllegalArgumentException("P-256 secret key out of range");
        }
        return new FixedPointCombMultiplier()
                .multiply(CURVE.getG(), d)
                .normalize()
                .getEncoded(true);
    }

    static PrivateKey privateKey(byte[] secret) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(new BigInteger(1, secret), SPEC));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("invalid P-256 secret key", e);
        }
    }

    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 signing failed", e);
        }
    }

    static boolean verify(ECPublicKey key, byte[] data, byte[] signatureBytes) {
        if (signatureBytes == null || signatureBytes.length != 64) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
