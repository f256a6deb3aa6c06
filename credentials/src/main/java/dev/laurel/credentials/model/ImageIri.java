package dev.laurel.credentials.model;

import java.util.Objects;

/**
 * An image given as a bare IRI or data URI, as in {@code "image": "https://example.edu/badge.png"}.
 *
 * <p>The 1EdTech JSON Schemas require an {@link Image} object instead; the model reads this form so that such
 * credentials can be read, verified and reported on.
 *
 * @param id the IRI or data URI of the image
 */
public record ImageIri(String id) implements ImageRef {

    /** @throws NullPointerException if {@code id} is null */
    public ImageIri {
        Objects.requireNonNull(id, "id");
    }
}
