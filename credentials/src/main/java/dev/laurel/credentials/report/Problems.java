package dev.laurel.credentials.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems one check found, each a message for people and a {@link Reason} for code, made into a single result
 * whose message joins them with {@code "; "} and whose reasons are all of theirs. Mutable; not thread-safe: a check
 * collects its own.
 */
public final class Problems {

    private final List<String> messages = new ArrayList<>();
    private final List<Reason> reasons = new ArrayList<>();

    /** Adds a problem. */
    public void add(Reason reason, String message) {
        reasons.add(reason);
        messages.add(message);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /**
     * The problems as one failure of {@code id}.
     *
     * @throws IllegalStateException when there are none
     */
    public CheckResult failed(CheckId id) {
        return CheckResult.failed(id, reasons(), message());
    }

    /**
     * The problems as one warning of {@code id}.
     *
     * @throws IllegalStateException when there are none
     */
    public CheckResult warning(CheckId id) {
        return CheckResult.warning(id, reasons(), message());
    }

    /** The messages joined by {@code "; "}. */
    public String message() {
        return String.join("; ", messages);
    }

    private List<Reason> reasons() {
        if (reasons.isEmpty()) {
            throw new IllegalStateException("no problems to report");
        }
        return reasons;
    }
}
