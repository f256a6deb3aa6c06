package dev.laurel.credentials.did;

/** The outcome of resolving a verification method URL. */
public sealed interface Resolution {

    /** The method was found. */
    record Resolved(VerificationMethod method) implements Resolution {}

    /** It could not be: unknown DID method, unreachable document, no such key, malformed key. */
    record Unresolved(String url, String message) implements Resolution {}
}
