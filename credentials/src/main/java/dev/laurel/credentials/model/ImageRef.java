package dev.laurel.credentials.model;

/**
 * An {@code image} property: an {@link Image} object (what the 1EdTech JSON Schemas require) or a bare IRI or data
 * URI ({@link ImageIri}), as many issuers and plain VC 2.0 credentials write it.
 *
 * <p>Each is written back in its own shape; {@link #id()} gives the image's IRI either way. Implementations are
 * immutable and thread-safe.
 */
public sealed interface ImageRef permits Image, ImageIri {

    /** The IRI or data URI of the image; null only for an object that has no {@code id}. */
    String id();
}
