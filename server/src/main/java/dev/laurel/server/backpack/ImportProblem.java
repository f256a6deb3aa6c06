package dev.laurel.server.backpack;

/** Why an import was refused: stable codes, each with a message for the earner ({@code import.CODE} in messages). */
enum ImportProblem {
    /** Nothing was uploaded. */
    EMPTY("import.empty"),
    /** Neither a PNG or SVG image, nor JSON, nor a compact JWT. */
    NOT_A_CREDENTIAL("import.not-a-credential"),
    /** A readable PNG or SVG image that carries no credential. */
    NO_CREDENTIAL_IN_IMAGE("import.no-credential-in-image"),
    /** A broken image, or one refused for safety. */
    UNREADABLE_IMAGE("import.unreadable-image"),
    /** The credential was read but did not verify. */
    NOT_VERIFIED("import.not-verified"),
    /** The URL is not an absolute http(s) URL. */
    BAD_URL("import.bad-url"),
    /** The URL could not be fetched: refused (a private address), unreachable, an error status, too large. */
    FETCH_FAILED("import.fetch-failed"),
    /** The backpack already keeps this very credential. */
    ALREADY_KEPT("import.already-kept");

    private final String code;

    ImportProblem(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code import.not-verified}; also the message key. */
    String code() {
        return code;
    }
}
