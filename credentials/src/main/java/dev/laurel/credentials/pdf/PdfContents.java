package dev.laurel.credentials.pdf;

/** What a PDF carries: a credential, nothing, or nothing readable. */
public sealed interface PdfContents {

    /**
     * The credential embedded as {@code name}: a compact VC-JWT from {@code credential.jwt}, preferred when present
     * (its {@code credential.json} is then the payload, which is not what was signed), else the JSON of {@code
     * credential.json}.
     */
    record Carried(String name, String credential) implements PdfContents {}

    /** A readable PDF with no embedded credential: one not made by a platform that embeds it. */
    record NoCredential() implements PdfContents {}

    /** Not a PDF that can be read: damaged, encrypted, too large, or an embedded file too large; says which. */
    record Unreadable(String message) implements PdfContents {}
}
