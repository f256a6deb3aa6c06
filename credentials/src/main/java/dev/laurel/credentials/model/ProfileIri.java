package dev.laurel.credentials.model;

import java.util.Objects;

/**
 * A profile referenced by its IRI alone, as in {@code "issuer": "https://example.edu/issuers/565049"}.
 *
 * @param id the IRI of the profile
 */
public record ProfileIri(String id) implements ProfileRef {

    /** @throws NullPointerException if {@code id} is null */
    public ProfileIri {
        Objects.requireNonNull(id, "id");
    }
}
