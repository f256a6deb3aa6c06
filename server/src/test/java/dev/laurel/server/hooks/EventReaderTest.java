package dev.laurel.server.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.credentials.json.Json;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading events through a mapping, and the pointers a mapping accepts: one fixture per case, no server. */
class EventReaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    private final EventReader reader =
            new EventReader(Validation.buildDefaultValidatorFactory().getValidator(), CLOCK);

    private static final HookMapping MAPPING = new HookMapping(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "test",
            UUID.randomUUID(),
            new HookMapping.Pointers(
                    new Pointer("/id"),
                    new Pointer("/who/email"),
                    new Pointer("/who/name"),
                    new Pointer("/note"),
                    new Pointer("/links"),
                    new Pointer("/on")),
            new HookMapping.Condition(new Pointer("/kind"), "done"),
            null,
            true,
            Instant.EPOCH,
            Instant.EPOCH);

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(
                        "{\"kind\":\"done\",\"who\":{\"email\":\"a@example.org\"}}", "hook.pointer-missing", "eventId"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":\" \",\"who\":{\"email\":\"a@example.org\"}}",
                        "hook.pointer-missing",
                        "eventId"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":{\"n\":1},\"who\":{\"email\":\"a@example.org\"}}",
                        "hook.value-invalid",
                        "eventId"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1.5,\"who\":{\"email\":\"a@example.org\"}}",
                        "hook.value-invalid",
                        "eventId"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":\"" + "x".repeat(256) + "\",\"who\":{\"email\":\"a@example.org\"}}",
                        "hook.value-invalid",
                        "eventId"),
                Arguments.of("{\"kind\":\"done\",\"id\":1,\"who\":{}}", "hook.pointer-missing", "recipientEmail"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":null}}",
                        "hook.pointer-missing",
                        "recipientEmail"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"@example.org\"}}",
                        "hook.email-invalid",
                        "recipientEmail"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a b@example.org\"}}",
                        "hook.email-invalid",
                        "recipientEmail"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":[\"a@example.org\"]}}",
                        "hook.email-invalid",
                        "recipientEmail"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a@example.org\",\"name\":7}}",
                        "hook.value-invalid",
                        "recipientName"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a@example.org\",\"name\":\"" + "n".repeat(201)
                                + "\"}}",
                        "hook.value-invalid",
                        "recipientName"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a@example.org\"},\"note\":\""
                                + "n".repeat(4001) + "\"}",
                        "hook.value-invalid",
                        "narrative"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a@example.org\"},\"links\":\"ftp://x\"}",
                        "hook.evidence-invalid",
                        "evidence"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a@example.org\"},\"links\":\"https://a/{x}\"}",
                        "hook.evidence-invalid",
                        "evidence"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a@example.org\"},\"links\":\"https://a/\\\"><x>\"}",
                        "hook.evidence-invalid",
                        "evidence"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a@example.org\"},\"links\":[\"https://a\",3]}",
                        "hook.evidence-invalid",
                        "evidence"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a@example.org\"},\"links\":" + urls(21) + "}",
                        "hook.evidence-invalid",
                        "evidence"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a@example.org\"},\"on\":\"30/06/2026\"}",
                        "hook.date-invalid",
                        "issuedOn"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a@example.org\"},\"on\":\"2026-02-30\"}",
                        "hook.date-invalid",
                        "issuedOn"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a@example.org\"},\"on\":\"2026-11-24\"}",
                        "hook.date-invalid",
                        "issuedOn"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a@example.org\"},\"on\":99999999999999999}",
                        "hook.date-invalid",
                        "issuedOn"),
                Arguments.of(
                        "{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a@example.org\"},\"on\":true}",
                        "hook.date-invalid",
                        "issuedOn"));
    }

    @ParameterizedTest
    @MethodSource
    void refused(String event, String code, String field) {
        Reading reading = reader.read(MAPPING, Json.parse(event));
        assertThat(reading.conditionMet()).isTrue();
        assertThat(reading.issuable()).isFalse();
        assertThat(reading.faults()).hasSize(1);
        assertThat(reading.faults().getFirst().fault().code()).isEqualTo(code);
        assertThat(reading.faults().getFirst().field()).isEqualTo(field);
        assertThatThrownBy(() -> reading.recipient()).isInstanceOf(IllegalStateException.class);
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("\"2026-06-30\"", "2026-06-30"),
                Arguments.of("\"2026-06-30T23:30:00-05:00\"", "2026-06-30"),
                Arguments.of("\"2026-06-30T01:00:00Z\"", "2026-06-30"),
                Arguments.of("1782828300", "2026-06-30"),
                Arguments.of("\"2026-11-23\"", "2026-11-23"),
                Arguments.of("null", null),
                Arguments.of("\"\"", null));
    }

    @ParameterizedTest
    @MethodSource
    void dates(String value, String expected) {
        Reading reading = reader.read(
                MAPPING,
                Json.parse("{\"kind\":\"done\",\"id\":1,\"who\":{\"email\":\"a@example.org\"},\"on\":" + value + "}"));
        assertThat(reading.faults()).isEmpty();
        assertThat(reading.issuedOn()).isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"kind\":\"started\"}", "{\"kind\":\"Done\"}", "{\"kind\":null}", "{}", "[]", "\"done\""})
    void ignoresEventsNotMeetingTheCondition(String event) {
        assertThat(reader.read(MAPPING, Json.parse(event)).conditionMet()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"kind\":\"done\"}", "{\"kind\":\"done\",\"other\":1}"})
    void meetsTheConditionWithTheExactText(String event) {
        assertThat(reader.read(MAPPING, Json.parse(event)).conditionMet()).isTrue();
    }

    @Test
    void comparesNumbersAndBooleansAsWritten() {
        HookMapping.Condition numeric = new HookMapping.Condition(new Pointer("/status"), "1");
        assertThat(EventReader.meets(numeric, Json.parse("{\"status\":1}"))).isTrue();
        assertThat(EventReader.meets(numeric, Json.parse("{\"status\":\"1\"}"))).isTrue();
        assertThat(EventReader.meets(numeric, Json.parse("{\"status\":[1]}"))).isFalse();
        HookMapping.Condition flag = new HookMapping.Condition(new Pointer("/completed"), "true");
        assertThat(EventReader.meets(flag, Json.parse("{\"completed\":true}"))).isTrue();
    }

    @Test
    void readsEveryValueAndFallsBackToTheAddressForTheName() {
        Reading reading = reader.read(MAPPING, Json.parse("""
                {"kind": "done", "id": "evt-1", "who": {"email": " ada.lovelace@example.org "},
                 "note": " Led it. ", "links": "https://example.org/x"}
                """));
        assertThat(reading.issuable()).isTrue();
        assertThat(reading.eventId()).isEqualTo("evt-1");
        assertThat(reading.recipientEmail()).isEqualTo("ada.lovelace@example.org");
        assertThat(reading.recipientName()).isEqualTo("ada.lovelace");
        assertThat(reading.narrative()).isEqualTo("Led it.");
        assertThat(reading.evidence()).containsExactly("https://example.org/x");
        assertThat(reading.issuedOn()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a", "/a/b", "/0", "/", "//", "/a~0b", "/a~1b", "/ünïcode", "/a b"})
    void acceptsPointers(String pointer) {
        assertThat(Pointer.problem(pointer)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a/b", "#/a", "/a~", "/a~2", "/~x"})
    void refusesPointers(String pointer) {
        assertThat(Pointer.problem(pointer)).isNotNull();
        assertThatThrownBy(() -> new Pointer(pointer)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resolvesEscapedSegmentsAndArrayIndexes() {
        var event = Json.parse("{\"a/b\":{\"m~n\":[\"x\",\"y\"]}}");
        assertThat(new Pointer("/a~1b/m~0n/1").in(event).asText()).isEqualTo("y");
        assertThat(new Pointer("/a~1b/m~0n/2").in(event).isMissingNode()).isTrue();
    }

    private static String urls(int count) {
        return Json.write(Json.MAPPER.valueToTree(Stream.iterate(0, i -> i + 1)
                .limit(count)
                .map(i -> "https://example.org/" + i)
                .toList()));
    }
}
