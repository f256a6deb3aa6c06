package dev.laurel.server.certificates;

import java.util.Objects;

/**
 * One of up to three signature blocks at the foot of a certificate: who signs, as what, and their signature.
 *
 * @param name the signer's name
 * @param title the signer's title, or blank
 * @param image the signature as a picture, or null for a line to sign on
 */
public record SignatureBlock(String name, String title, Picture image) {

    public SignatureBlock {
        Objects.requireNonNull(name, "name");
        title = title == null ? "" : title;
    }
}
