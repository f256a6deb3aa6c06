package dev.laurel.server.signing;

/** How a credential is secured: an embedded Data Integrity proof, or a VC-JWT wrapping it. */
public enum ProofFormat {
    /** {@code eddsa-rdfc-2022} Data Integrity proof: the credential stays JSON. */
    DATA_INTEGRITY("di"),
    /** VC-JWT (EdDSA): the credential is the payload of a compact JWS. */
    VC_JWT("jwt");

    private final String key;

    ProofFormat(String key) {
        this.key = key;
    }

    /** {@code di} or {@code jwt}, as forms and the API write it. */
    public String key() {
        return key;
    }

    public static ProofFormat parse(String key) {
        for (ProofFormat format : values()) {
            if (format.key.equalsIgnoreCase(key.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown proof format '" + key + "' (expected di or jwt)");
    }
}
