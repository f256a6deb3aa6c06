package dev.laurel.credentials.rdf;

import java.io.Serial;

/**
 * An N-Quads document does not follow the N-Quads grammar. The message names the line and column (both from 1) of
 * the first error; parsing stops there.
 */
public final class NQuadsSyntaxException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    NQuadsSyntaxException(String problem, int line, int column) {
        super("N-Quads syntax error at line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
    }

    /** The line of the error, counted from 1. */
    public int line() {
        return line;
    }

    /** The column of the error in UTF-16 code units, counted from 1. */
    public int column() {
        return column;
    }
}
