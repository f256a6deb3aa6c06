package dev.laurel.cli;

/** A problem with what the user gave: a missing file, an unreadable key. Reported as one line, exit code 2. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
