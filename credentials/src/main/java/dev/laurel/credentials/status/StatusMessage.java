package dev.laurel.credentials.status;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One element of an entry's {@code statusMessage} array: the status value as a {@code 0x}-prefixed hexadecimal string
 * and the message it stands for (meant for developers, not end users).
 */
public record StatusMessage(String status, String message) {
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]{1,8}");

    /** @throws IllegalArgumentException if {@code status} is not {@code 0x} followed by 1 to 8 hex digits */
    public StatusMessage {
        Objects.requireNonNull(message, "message");
        if (status == null || !HEX.matcher(status).matches()) {
            throw new IllegalArgumentException("status must be 0x followed by hex digits, not " + status);
        }
    }

    /** A message for {@code value}, spelled {@code 0x} plus lower-case hex. */
    public static StatusMessage of(int value, String message) {
        return new StatusMessage("0x" + Integer.toHexString(value), message);
    }

    /** The status value {@link #status()} spells. */
    public long value() {
        return Long.parseLong(status.substring(2), 16);
    }

    static boolean isHex(String status) {
        return HEX.matcher(status).matches();
    }
}
