package dev.laurel.credentials.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link ReadResult#orElseThrow()} when a document could not be read into the model.
 *
 * <p>Reading itself never throws; this exception exists for callers that treat unreadable input as a bug.
 */
public final class CredentialReadException extends RuntimeException {

    private final transient List<ReadProblem> problems;

    CredentialReadException(List<ReadProblem> problems) {
        super(problems.stream().map(ReadProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** The problems found, never empty. */
    public List<ReadProblem> problems() {
        return problems;
    }
}
