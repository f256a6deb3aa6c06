package dev.laurel.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntryParsingTest {
    private static final String VALID = """
            {"id": "https://example.com/status/3#7", "type": "BitstringStatusListEntry",
             "statusPurpose": "revocation", "statusListIndex": "7",
             "statusListCredential": "https://example.com/status/3"}""";

    @Test
    void readsABitstringEntryWithDefaults() {
        var entries = CredentialStatusEntry.parse(Fixtures.json(VALID));

        assertThat(entries)
                .containsExactly(new BitstringStatusListEntry(
                        Optional.of("https://example.com/status/3#7"),
                        "revocation",
                        "7",
                        "https://example.com/status/3",
                        1,
                        List.of(),
                        List.of()));
    }

    @Test
    void readsAnArrayInDocumentOrderKeepingUnknownTypes() {
        var entries = CredentialStatusEntry.parse(Fixtures.json("[" + VALID + ","
                + "{\"id\": \"https://x.example/rl\", \"type\": \"1EdTechRevocationList\"},"
                + "{\"id\": \"https://x.example/sl#1\", \"type\": \"StatusList2021Entry\"}]"));

        assertThat(entries).hasSize(3);
        assertThat(entries.get(0)).isInstanceOf(BitstringStatusListEntry.class);
        assertThat(entries.get(1)).isEqualTo(new RevocationListEntry("https://x.example/rl"));
        assertThat(entries.get(2)).isInstanceOfSatisfying(UnsupportedStatusEntry.class, unsupported -> {
            assertThat(unsupported.position()).isEqualTo(2);
            assertThat(unsupported.type()).isEqualTo("StatusList2021Entry");
        });
    }

    @Test
    void readsNoEntriesWhenThereIsNoCredentialStatus() {
        assertThat(CredentialStatusEntry.parse(null)).isEmpty();
        assertThat(CredentialStatusEntry.ofCredential(Fixtures.json("{\"id\": \"urn:x\"}")))
                .isEmpty();
    }

    @Test
    void acceptsATypeArray() {
        var entries = CredentialStatusEntry.parse(Fixtures.json(
                VALID.replace("\"BitstringStatusListEntry\"", "[\"BitstringStatusListEntry\", \"ExtraType\"]")));

        assertThat(entries.getFirst()).isInstanceOf(BitstringStatusListEntry.class);
    }

    @Test
    void writesAnEntryThatReadsBackTheSame() {
        var entry = new BitstringStatusListEntry(
                Optional.empty(),
                "message",
                "492847",
                "https://example.com/credentials/status/8",
                2,
                List.of(
                        StatusMessage.of(0, "pending_review"),
                        StatusMessage.of(1, "accepted"),
                        StatusMessage.of(2, "rejected"),
                        StatusMessage.of(3, "undefined")),
                List.of("https://example.org/status-dictionary/"));

        assertThat(CredentialStatusEntry.parse(entry.toJson())).containsExactly(entry);
        assertThat(entry.toJson().get("statusReference").isTextual()).isTrue();
        assertThat(entry.toJson().has("id")).isFalse();
    }

    @Test
    void buildsAnEntryForAnIndexTheWayTheSpecExamplesDo() {
        var entry = BitstringStatusListEntry.forIndex(
                "https://example.com/credentials/status/3", StatusPurpose.REVOCATION, 94567);

        assertThat(entry.toJson())
                .isEqualTo(Fixtures.resource(Fixtures.SPEC + "revocable-credential.json")
                        .get("credentialStatus"));
    }

    static Stream<Arguments> malformedEntries() {
        return Stream.of(
                malformed("\"statusListIndex\": \"7\"", "\"statusListIndex\": 7.5", "statusListIndex must be a string"),
                malformed("\"7\"", "\"-1\"", "statusListIndex must be a string of base-10 digits"),
                malformed("\"7\"", "\"7a\"", "statusListIndex must be a string of base-10 digits"),
                malformed("\"7\"", "\"\"", "statusListIndex must be a string of base-10 digits"),
                malformed(
                        "\"statusListCredential\": \"https://example.com/status/3\"",
                        "\"x\": 1",
                        "statusListCredential must be a string, not missing"),
                malformed(
                        "\"https://example.com/status/3\"}",
                        "\"/status/3\"}",
                        "statusListCredential must be an absolute URL"),
                malformed("\"statusPurpose\": \"revocation\",", "", "statusPurpose must be a string, not missing"),
                malformed("\"revocation\"", "\" \"", "statusPurpose must be a non-empty string"),
                malformed(
                        "\"https://example.com/status/3#7\"",
                        "\"https://example.com/status/3\"",
                        "id must not be the URL of the status list"),
                malformed("\"https://example.com/status/3#7\"", "42", "id must be a string URL"),
                malformed("\"7\",", "\"7\", \"statusSize\": 0,", "statusSize must be an integer from 1"),
                malformed("\"7\",", "\"7\", \"statusSize\": \"2\",", "statusSize must be an integer, not string"),
                malformed("\"7\",", "\"7\", \"statusSize\": 2,", "statusMessage must be present when statusSize is 2"),
                malformed(
                        "\"7\",",
                        "\"7\", \"statusSize\": 2, \"statusMessage\": [{\"status\": \"0x0\", "
                                + "\"message\": \"a\"}, {\"status\": \"0x1\", \"message\": \"b\"}],",
                        "statusMessage must have 4 elements for statusSize 2, not 2"),
                malformed(
                        "\"7\",",
                        "\"7\", \"statusMessage\": [{\"status\": \"1\", \"message\": \"a\"}],",
                        "statusMessage[0].status must be a string 0x<hex digits>"),
                malformed(
                        "\"7\",",
                        "\"7\", \"statusMessage\": [{\"status\": \"0x0\", \"message\": \"a\"}, "
                                + "{\"status\": \"0x0\", \"message\": \"b\"}],",
                        "statusMessage lists status 0x0 twice"),
                malformed(
                        "\"7\",",
                        "\"7\", \"statusMessage\": [{\"status\": \"0x0\", \"message\": \"a\"}, "
                                + "{\"status\": \"0x2\", \"message\": \"b\"}],",
                        "status 0x2 does not fit in 1 bit"),
                malformed(
                        "\"7\",",
                        "\"7\", \"statusMessage\": [{\"status\": \"0x0\"}, "
                                + "{\"status\": \"0x1\", \"message\": \"b\"}],",
                        "statusMessage[0].message must be a string"),
                malformed(
                        "\"7\",",
                        "\"7\", \"statusReference\": \"see the docs\",",
                        "statusReference must hold absolute URLs"),
                malformed(
                        "\"7\",",
                        "\"7\", \"statusReference\": {\"id\": \"https://x.example\"},",
                        "statusReference must be a URL or an array of URLs"),
                malformed("\"type\": \"BitstringStatusListEntry\",", "", "type must be a string or an array"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("malformedEntries")
    void reportsAMalformedEntryWithItsPropertyPath(String json, String expected) {
        var entries = CredentialStatusEntry.parse(Fixtures.json("[" + VALID + ", " + json + "]"));

        assertThat(entries.get(0)).isInstanceOf(BitstringStatusListEntry.class);
        assertThat(entries.get(1)).isInstanceOfSatisfying(MalformedStatusEntry.class, malformed -> {
            assertThat(malformed.position()).isEqualTo(1);
            assertThat(malformed.message()).startsWith("credentialStatus[1].").contains(expected);
        });
    }

    @Test
    void reportsAnEntryThatIsNotAnObject() {
        var entries = CredentialStatusEntry.parse(Fixtures.json("\"https://example.com/status/3\""));

        assertThat(entries)
                .containsExactly(new MalformedStatusEntry(
                        0,
                        Optional.empty(),
                        "credentialStatus must be an object, not string \"https://example.com/status/3\""));
    }

    @Test
    void reportsARevocationListEntryWithoutAnAbsoluteId() {
        var entries = CredentialStatusEntry.parse(Fixtures.json("{\"type\": \"1EdTechRevocationList\"}"));

        assertThat(entries.getFirst()).isInstanceOfSatisfying(MalformedStatusEntry.class, malformed -> {
            assertThat(malformed.type()).contains("1EdTechRevocationList");
            assertThat(malformed.message())
                    .isEqualTo("credentialStatus.id must be the absolute URL of the revocation list, not missing");
        });
    }

    private static Arguments malformed(String replace, String with, String expected) {
        String json = VALID.replace(replace, with);
        if (json.equals(VALID)) {
            throw new IllegalStateException("fixture did not change the entry: " + replace);
        }
        return Arguments.of(json, expected, expected);
    }
}
