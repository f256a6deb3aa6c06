package dev.laurel.credentials.key;

/** The key types Laurel signs and verifies with, and their multicodec headers for Multikey encoding. */
public enum KeyType {
    /** Ed25519: EdDSA signatures, the {@code eddsa-rdfc-2022} cryptosuite and VC-JWT {@code EdDSA}. */
    ED25519("Ed25519", new byte[] {(byte) 0xed, 0x01}, new byte[] {(byte) 0x80, 0x26}, 32, 32),
    /** NIST P-256: VC-JWT {@code ES256}. Public keys are compressed points in Multikey form. */
    P256("P-256", new byte[] {(byte) 0x80, 0x24}, new byte[] {(byte) 0x86, 0x26}, 33, 32),
    /**
     * NIST P-384: the {@code ecdsa-rdfc-2019} and {@code ecdsa-jcs-2019} cryptosuites with SHA-384, VC-JWT {@code
     * ES384}. Public keys are 49-byte compressed points in Multikey form.
     */
    P384("P-384", new byte[] {(byte) 0x81, 0x24}, new byte[] {(byte) 0x87, 0x26}, 49, 48);

    private final String curve;
    private final byte[] publicHeader;
    private final byte[] secretHeader;
    private final int publicKeyLength;
    private final int secretLength;

    KeyType(String curve, byte[] publicHeader, byte[] secretHeader, int publicKeyLength, int secretLength) {
        this.curve = curve;
        this.publicHeader = publicHeader;
        this.secretHeader = secretHeader;
        this.publicKeyLength = publicKeyLength;
        this.secretLength = secretLength;
    }

    /** The curve name as JOSE writes it ({@code Ed25519}, {@code P-256}). */
    public String curve() {
        return curve;
    }

    /** The JOSE algorithm a key of this type signs with. */
    public String jwsAlgorithm() {
        return switch (this) {
            case ED25519 -> "EdDSA";
            case P256 -> "ES256";
            case P384 -> "ES384";
        };
    }

    /** The length of a raw signature: 64 bytes for Ed25519 and P-256 (r‖s), 96 for P-384. */
    public int signatureLength() {
        return this == P384 ? 96 : 64;
    }

    byte[] publicHeader() {
        return publicHeader.clone();
    }

    byte[] secretHeader() {
        return secretHeader.clone();
    }

    int publicKeyLength() {
        return publicKeyLength;
    }

    int secretLength() {
        return secretLength;
    }

    /** Parses {@code ed25519} or {@code p256} (any case, dashes ignored) as the command line writes them. */
    public static KeyType parse(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT).replace("-", "")) {
            case "ed25519" -> ED25519;
            case "p256", "es256", "secp256r1" -> P256;
            default -> throw new IllegalArgumentException("unknown key type '" + name + "' (expected ed25519 or p256)");
        };
    }
}
