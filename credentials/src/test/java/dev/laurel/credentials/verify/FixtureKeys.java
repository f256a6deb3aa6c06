package dev.laurel.credentials.verify;

import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import java.util.Arrays;

/** Deterministic keys for the verification fixtures: the same bytes every run, so fixtures can be regenerated. */
final class FixtureKeys {

    private FixtureKeys() {}

    /** The issuer of every fixture. */
    static SigningKey issuer() {
        return seeded((byte) 1, KeyType.ED25519);
    }

    /** Someone else's key. */
    static SigningKey other() {
        return seeded((byte) 2, KeyType.ED25519);
    }

    /** A P-256 issuer key for ES256 VC-JWTs. */
    static SigningKey p256() {
        return seeded((byte) 3, KeyType.P256);
    }

    /** A P-384 issuer key for the ecdsa suites. */
    static SigningKey p384() {
        return seeded((byte) 4, KeyType.P384);
    }

    /** The {@code n}th co-signer of the proof set fixtures (0 to 9). */
    static SigningKey cosigner(int n) {
        return seeded((byte) (10 + n), KeyType.ED25519);
    }

    private static SigningKey seeded(byte seed, KeyType type) {
        byte[] secret = new byte[type == KeyType.P384 ? 48 : 32];
        Arrays.fill(secret, seed);
        return SigningKey.of(type, secret);
    }
}
