package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Open Badges 2.0 DateTime values: ISO 8601 with a time zone ({@code Z}, {@code +00:00} or {@code +0000}). Values
 * without a zone and the Unix timestamps of Open Badges 1.x are not 2.0 DateTimes and are not read.
 */
final class DateTimes {

    private static final DateTimeFormatter COMPACT_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendOffset("+HHMM", "Z")
            .toFormatter();

    private DateTimes() {}

    static Optional<Instant> parse(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return Optional.empty();
        }
        String text = value.asText().strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(OffsetDateTime.parse(text, COMPACT_OFFSET).toInstant());
            } catch (DateTimeParseException neither) {
                return Optional.empty();
            }
        }
    }
}
