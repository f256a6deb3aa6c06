package dev.laurel.credentials.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Objects;
import java.util.Optional;

/**
 * A date-time property value (such as {@code validFrom}) that keeps its exact lexical form.
 *
 * <p>{@code "2010-01-01T00:00:00Z"} and {@code "2010-01-01T00:00:00.000+00:00"} denote the same instant but are
 * different JSON, and a signature covers the JSON, so the model keeps the string and parses it on demand. A value
 * that is not an RFC 3339 date-time with an offset (for example {@code "2010-01-01"}) is kept as well: {@link
 * #isValid()} is then false and the parsed views are empty. {@link CredentialJson} reports such a value as a {@link
 * ReadProblem.Kind#INVALID_DATE_TIME} problem, so a date-time read from JSON is always valid.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lexical the string as written in JSON
 */
public record DateTime(String lexical) {

    private static final DateTimeFormatter RFC_3339 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .toFormatter();

    /**
     * Creates the value.
     *
     * @throws NullPointerException if {@code lexical} is null
     */
    public DateTime {
        Objects.requireNonNull(lexical, "lexical");
    }

    /** The instant in UTC, written like {@code 2010-01-01T00:00:00Z} (with a fraction only if it has one). */
    public static DateTime of(Instant instant) {
        return new DateTime(DateTimeFormatter.ISO_INSTANT.format(instant));
    }

    /** The date-time with its offset, written like {@code 2010-01-01T00:00:00+02:00}. */
    public static DateTime of(OffsetDateTime dateTime) {
        return new DateTime(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime));
    }

    /** Whether the lexical form is an RFC 3339 date-time with an offset. */
    public boolean isValid() {
        return offsetDateTime().isPresent();
    }

    /** The parsed date-time with the offset as written, or empty if the lexical form is not valid. */
    public Optional<OffsetDateTime> offsetDateTime() {
        try {
            return Optional.of(OffsetDateTime.parse(lexical, RFC_3339));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The parsed instant, or empty if the lexical form is not valid. */
    public Optional<Instant> instant() {
        return offsetDateTime().map(OffsetDateTime::toInstant);
    }

    @Override
    public String toString() {
        return lexical;
    }
}
