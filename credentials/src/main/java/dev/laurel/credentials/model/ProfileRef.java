package dev.laurel.credentials.model;

/**
 * A credential's {@code issuer}: either a bare IRI ({@link ProfileIri}) or an embedded {@link Profile} object.
 *
 * <p>{@code "issuer": "https://example.edu/issuers/1"} reads as a {@code ProfileIri} and is written back as a string;
 * {@code "issuer": {"id": …}} reads as a {@code Profile}. Either way {@link #id()} gives the issuer's IRI. Implementations
 * are immutable and thread-safe.
 */
public sealed interface ProfileRef permits Profile, ProfileIri {

    /** The IRI of the profile; null only for an object that has no {@code id}. */
    String id();

    /** A reference by IRI alone. */
    static ProfileRef of(String iri) {
        return new ProfileIri(iri);
    }
}
