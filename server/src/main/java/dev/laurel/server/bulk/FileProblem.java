package dev.laurel.server.bulk;

/**
 * The file cannot be read as a whole (not UTF-8, no email column, an unclosed quote, too many rows): nothing in it is
 * issued. Thrown by the readers, recorded on the job and shown as its only problem.
 */
final class FileProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int row;
    private final String code;

    FileProblem(int row, String code, String message) {
        super(message);
        this.row = row;
        this.code = code;
    }

    RowProblem problem() {
        return new RowProblem(row, "file", code, getMessage());
    }
}
