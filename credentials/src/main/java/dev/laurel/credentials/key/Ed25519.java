package dev.laurel.credentials.key;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
            return DECODED.get(publicKey).verify(Algorithm.Ed25519, null, data, 0, data.length, signature, 0);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Decoding a public key (a point decompression) is a tenth of a verification: keys recently used stay decoded. */
    private static final DecodedKeys DECODED = new DecodedKeys();

    private static final class DecodedKeys {
        private static final int MAX_KEYS = 1024;
        private final Map<Key, Ed25519PublicKeyParameters> keys = new ConcurrentHashMap<>();

        Ed25519PublicKeyParameters get(byte[] publicKey) {
            Key key = new Key(publicKey.clone());
            Ed25519PublicKeyParameters decoded = keys.get(key);
            if (decoded == null) {
                decoded = new Ed25519PublicKeyParameters(key.bytes());
                if (keys.size() >= MAX_KEYS) {
                    keys.clear();
                }
                keys.put(key, decoded);
            }
            return decoded;
        }
    }

    private record Key(byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }
}
