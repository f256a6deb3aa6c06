package dev.laurel.credentials.report;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one check: passed, failed, a warning that does not fail verification, or skipped.
 *
 * <p>A failure or warning carries why as {@link Reason} codes, for code to decide on; its message is for people. A
 * check that finds several problems says them all in one message (joined by {@code "; "}) and carries a reason for
 * each kind it found: {@link #reasons()} lists them, distinct, in the catalogue's order, so the first, {@link
 * #reason()}, is the most decisive (a status both revoked and unreadable is {@link Reason#STATUS_REVOKED} first).
 * Passed and skipped results have no reason. Immutable.
 */
public sealed interface CheckResult {

    CheckId id();

    /** What was found, for a person. */
    String message();

    /** {@code passed}, {@code failed}, {@code warning} or {@code skipped}: the status as reports write it. */
    String status();

    /** Why it failed or warns: never empty for those, distinct, in {@link Reason}'s order; empty otherwise. */
    List<Reason> reasons();

    /** The primary reason, the first of {@link #reasons()}; empty when the check passed or was skipped. */
    default Optional<Reason> reason() {
        return reasons().stream().findFirst();
    }

    static CheckResult passed(CheckId id, String message) {
        return new Passed(id, message);
    }

    static CheckResult failed(CheckId id, Reason reason, String message) {
        return new Failed(id, message, List.of(reason));
    }

    /** A failure with several reasons, e.g. each problem of a message joined by {@code "; "}. */
    static CheckResult failed(CheckId id, Collection<Reason> reasons, String message) {
        return new Failed(id, message, List.copyOf(reasons));
    }

    static CheckResult warning(CheckId id, Reason reason, String message) {
        return new Warning(id, message, List.of(reason));
    }

    /** A warning with several reasons, e.g. each problem of a message joined by {@code "; "}. */
    static CheckResult warning(CheckId id, Collection<Reason> reasons, String message) {
        return new Warning(id, message, List.copyOf(reasons));
    }

    static CheckResult skipped(CheckId id, String message) {
        return new Skipped(id, message);
    }

    record Passed(CheckId id, String message) implements CheckResult {
        @Override
        public String status() {
            return "passed";
        }

        @Override
        public List<Reason> reasons() {
            return List.of();
        }
    }

    /** @throws IllegalArgumentException when {@code reasons} is empty */
    record Failed(CheckId id, String message, List<Reason> reasons) implements CheckResult {
        public Failed {
            reasons = ordered(reasons);
        }

        @Override
        public String status() {
            return "failed";
        }
    }

    /** @throws IllegalArgumentException when {@code reasons} is empty */
    record Warning(CheckId id, String message, List<Reason> reasons) implements CheckResult {
        public Warning {
            reasons = ordered(reasons);
        }

        @Override
        public String status() {
            return "warning";
        }
    }

    record Skipped(CheckId id, String message) implements CheckResult {
        @Override
        public String status() {
            return "skipped";
        }

        @Override
        public List<Reason> reasons() {
            return List.of();
        }
    }

    private static List<Reason> ordered(List<Reason> reasons) {
        List<Reason> ordered = reasons.stream()
                .map(reason -> Objects.requireNonNull(reason, "reason"))
                .distinct()
                .sorted()
                .toList();
        if (ordered.isEmpty()) {
            throw new IllegalArgumentException("a failure or warning needs a reason");
        }
        return ordered;
    }
}
