package dev.laurel.credentials.key;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519.Algorithm;

/** Ed25519 through BouncyCastle's RFC 8032 code (the JDK provider is an order of magnitude slower). */
final class Ed25519 {

    static final int SIGNATURE_LENGTH = 64;

    private Ed25519() {}

    static byte[] publicKeyOf(byte[] seed) {
        return new Ed25519PrivateKeyParameters(seed).generatePublicKey().getEncoded();
    }

    static byte[] sign(Ed25519PrivateKeyParameters key, Ed25519PublicKeyParameters publicKey, byte[] data) {
        byte[] signature = new byte[SIGNATURE_LENGTH];
        key.sign(Algorithm.Ed25519, publicKey, null, data, 0, data.length, signature, 0);
        return signature;
    }

    static boolean verify(byte[] publicKey, byte[] data, byte[] signature) {
        if (signature == null || signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        try {
            return new Ed25519PublicKeyParameters(publicKey)
                    .verify(Algorithm.Ed25519, null, data, 0, data.length, signature, 0);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
