package dev.laurel.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateTimeTest {

    @Test
    void keepsTheTextAndParsesItOnDemand() {
        DateTime dateTime = new DateTime("2010-01-01T00:00:00.000+00:00");

        assertThat(dateTime.lexical()).isEqualTo("2010-01-01T00:00:00.000+00:00");
        assertThat(dateTime.instant()).contains(Instant.parse("2010-01-01T00:00:00Z"));
        assertThat(dateTime).isNotEqualTo(new DateTime("2010-01-01T00:00:00Z"));
    }

    @Test
    void keepsTheOffsetAsWritten() {
        assertThat(new DateTime("2024-05-01T12:00:00+02:00").offsetDateTime())
                .contains(OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)));
        assertThat(new DateTime("2024-05-01t10:00:00z").isValid()).isTrue();
    }

    @Test
    void reportsButKeepsAnUnparseableValue() {
        DateTime dateOnly = new DateTime("2010-01-01");
        DateTime noOffset = new DateTime("2010-01-01T00:00:00");

        assertThat(dateOnly.isValid()).isFalse();
        assertThat(dateOnly.instant()).isEmpty();
        assertThat(dateOnly.lexical()).isEqualTo("2010-01-01");
        assertThat(noOffset.isValid()).isFalse();
    }

    @Test
    void writesInstantsInUtcWithSecondsAndOnlyTheFractionNeeded() {
        assertThat(DateTime.of(Instant.parse("2024-06-01T09:30:00Z")).lexical()).isEqualTo("2024-06-01T09:30:00Z");
        assertThat(DateTime.of(Instant.parse("2024-06-01T09:30:00.120Z")).lexical())
                .isEqualTo("2024-06-01T09:30:00.120Z");
        assertThat(DateTime.of(OffsetDateTime.of(2024, 6, 1, 9, 30, 0, 0, ZoneOffset.ofHours(-5)))
                        .lexical())
                .isEqualTo("2024-06-01T09:30:00-05:00");
    }
}
