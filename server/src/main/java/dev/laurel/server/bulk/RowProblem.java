package dev.laurel.server.bulk;

/**
 * Something wrong with one row (or with the file, then {@code row} is 1, the header), found by the dry run.
 *
 * @param row the row's number (see {@link RowInput#row})
 * @param column the column, as the file names it ({@code email}, {@code evidence_url}), or {@code file}
 * @param code a stable code, e.g. {@code email.invalid}
 * @param message what is wrong, in words the issuer can act on
 */
public record RowProblem(int row, String column, String code, String message) {}
