package dev.laurel.credentials.jsonld;

/**
 * A JSON-LD document that cannot be turned into RDF: a context Laurel does not bundle, a term no context defines, an
 * embedded context redefining a protected term, or a JSON-LD syntax error. The message says which, in words a person understands.
 */
public final class JsonLdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that report by kind. */
    public enum Kind {
        /** An {@code @context} URL that is not bundled. */
        UNKNOWN_CONTEXT,
        /** A property or type that no context defines: it would be silently dropped, so it is refused. */
        UNDEFINED_TERM,
        /** An embedded {@code @context} redefines a term a context before it protects; the message names the term. */
        PROTECTED_TERM,
        /** Any other JSON-LD error (invalid @context, invalid IRI, conflicting keywords…). */
        INVALID
    }

    private final Kind kind;

    JsonLdException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
