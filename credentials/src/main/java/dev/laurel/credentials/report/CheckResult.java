package dev.laurel.credentials.report;

/** The outcome of one check: passed, failed, a warning that does not fail verification, or skipped. */
public sealed interface CheckResult {

    CheckId id();

    /** What was found, for a person. */
    String message();

    /** {@code passed}, {@code failed}, {@code warning} or {@code skipped}: the status as reports write it. */
    String status();

    static CheckResult passed(CheckId id, String message) {
        return new Passed(id, message);
    }

    static CheckResult failed(CheckId id, String message) {
        return new Failed(id, message);
    }

    static CheckResult warning(CheckId id, String message) {
        return new Warning(id, message);
    }

    static CheckResult skipped(CheckId id, String message) {
        return new Skipped(id, message);
    }

    record Passed(CheckId id, String message) implements CheckResult {
        @Override
        public String status() {
            return "passed";
        }
    }

    record Failed(CheckId id, String message) implements CheckResult {
        @Override
        public String status() {
            return "failed";
        }
    }

    record Warning(CheckId id, String message) implements CheckResult {
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
    }
}
