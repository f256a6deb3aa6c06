package dev.laurel.credentials.rdf;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The hash functions RDFC-1.0 may use: SHA-256 (the default) or SHA-384. */
public enum HashAlgorithm {
    SHA_256("SHA-256"),
    SHA_384("SHA-384");

    private final String jcaName;
    /** Never updated, only cloned: cloning skips the provider lookup of {@link MessageDigest#getInstance}. */
    private final MessageDigest prototype;

    HashAlgorithm(String jcaName) {
        this.jcaName = jcaName;
        this.prototype = lookUp(jcaName);
    }

    /** The algorithm's name in the Java Cryptography Architecture, e.g. {@code SHA-256}. */
    public String jcaName() {
        return jcaName;
    }

    /** The hash of {@code data}. */
    public byte[] digest(byte[] data) {
        return newDigest().digest(data);
    }

    MessageDigest newDigest() {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp(jcaName);
        }
    }

    private static MessageDigest lookUp(String jcaName) {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides " + jcaName, e);
        }
    }
}
