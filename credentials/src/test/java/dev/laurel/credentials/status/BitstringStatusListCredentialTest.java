package dev.laurel.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BitstringStatusListCredentialTest {
    private static final String URL = "https://issuer.example/status/revocation/1";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07.891Z"), ZoneOffset.UTC);

    @Test
    void writesTheSpecDataModel() {
        var list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 1);

        var json = BitstringStatusListCredential.of(URL, "did:example:12345", StatusPurpose.REVOCATION, list, CLOCK)
                .toJson();

        assertThat(json.get("@context")).isEqualTo(Fixtures.json("[\"https://www.w3.org/ns/credentials/v2\"]"));
        assertThat(json.get("id").asText()).isEqualTo(URL);
        assertThat(json.get("type"))
                .isEqualTo(Fixtures.json("[\"VerifiableCredential\", \"BitstringStatusListCredential\"]"));
        assertThat(json.get("issuer").asText()).isEqualTo("did:example:12345");
        assertThat(json.get("validFrom").asText()).isEqualTo("2025-03-04T05:06:07Z");
        assertThat(json.has("validUntil")).isFalse();
        assertThat(json.get("credentialSubject").get("id").asText()).isEqualTo(URL + "#list");
        assertThat(json.get("credentialSubject").get("type").asText()).isEqualTo("BitstringStatusList");
        assertThat(json.get("credentialSubject").get("statusPurpose").asText()).isEqualTo("revocation");
        assertThat(json.get("credentialSubject").has("ttl")).isFalse();
        assertThat(BitstringStatusListTest.decoded(
                        json.at("/credentialSubject/encodedList").asText(), 1))
                .isEqualTo(list);
    }

    @Test
    void writesTheSpecExampleGivenItsValues() {
        var spec = Fixtures.resource(Fixtures.SPEC + "status-list-credential.json");
        String encodedList = spec.at("/credentialSubject/encodedList").asText();

        var json = new BitstringStatusListCredential(
                        "https://example.com/credentials/status/3",
                        "did:example:12345",
                        StatusPurpose.REVOCATION,
                        encodedList,
                        Instant.parse("2021-04-05T14:27:40Z"),
                        Optional.empty(),
                        Optional.empty())
                .toJson();

        // The spec example's subject id uses another path (status/3#list); Laurel always writes <id>#list.
        spec.withObject("credentialSubject").put("id", "https://example.com/credentials/status/3#list");
        assertThat(json).isEqualTo(spec);
    }

    @Test
    void writesValidUntilAndTtlWhenGiven() {
        var list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 1);

        var json = BitstringStatusListCredential.of(URL, "did:example:1", StatusPurpose.SUSPENSION, list, CLOCK)
                .withValidUntil(Instant.parse("2025-04-04T00:00:00Z"))
                .withTtl(Duration.ofMinutes(5))
                .toJson();

        assertThat(json.get("validUntil").asText()).isEqualTo("2025-04-04T00:00:00Z");
        assertThat(json.at("/credentialSubject/ttl").longValue()).isEqualTo(300_000L);
        assertThat(json.at("/credentialSubject/statusPurpose").asText()).isEqualTo("suspension");
    }

    @Test
    void issuesAndRevokesEndToEnd() {
        var list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 1);
        var taken = new BitSet();
        var allocator = new IndexAllocator(new SplittableRandom(11));
        int mine = ((IndexAllocator.Allocation.Allocated) allocator.allocate(list.size(), taken)).index();
        taken.set(mine);
        int other = ((IndexAllocator.Allocation.Allocated) allocator.allocate(list.size(), taken)).index();
        var entry = CredentialStatusEntry.parse(BitstringStatusListEntry.forIndex(URL, StatusPurpose.REVOCATION, mine)
                        .toJson())
                .getFirst();
        list.setStatus(other, 1);
        var checker = new StatusChecker(CLOCK);

        var before = BitstringStatusListCredential.of(URL, "did:example:1", StatusPurpose.REVOCATION, list, CLOCK);
        assertThat(checker.check((BitstringStatusListEntry) entry, before.toJson()))
                .isInstanceOf(StatusResult.Active.class);

        list.setStatus(mine, 1);
        var after = BitstringStatusListCredential.of(URL, "did:example:1", StatusPurpose.REVOCATION, list, CLOCK);
        assertThat(checker.check((BitstringStatusListEntry) entry, after.toJson()))
                .isEqualTo(new StatusResult.Flagged("revocation", 1, "set"));
    }

    @Test
    void refusesWhatItCannotWriteCorrectly() {
        var wide = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 2);
        var list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 1);

        assertThatThrownBy(() ->
                        BitstringStatusListCredential.of(URL, "did:example:1", StatusPurpose.REVOCATION, wide, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        BitstringStatusListCredential.of(URL, "did:example:1", StatusPurpose.MESSAGE, list, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BitstringStatusListCredential.of(
                        "/status/1", "did:example:1", StatusPurpose.REVOCATION, list, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
        var credential = BitstringStatusListCredential.of(URL, "did:example:1", StatusPurpose.REVOCATION, list, CLOCK);
        assertThatThrownBy(() -> credential.withValidUntil(Instant.parse("2025-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> credential.withTtl(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
