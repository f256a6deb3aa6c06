package dev.laurel.server.webhooks;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A receiver's {@code Retry-After} header (RFC 9110 §10.2.3): a number of seconds or an HTTP date. */
final class RetryAfter {

    private RetryAfter() {}

    /** When the receiver asks to be tried again, or empty when the header is absent or unreadable. */
    static Optional<Instant> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(now.plusSeconds(Long.parseLong(value)));
            } catch (NumberFormatException | java.time.DateTimeException | ArithmeticException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
