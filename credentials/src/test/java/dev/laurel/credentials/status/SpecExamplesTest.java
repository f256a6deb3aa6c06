package dev.laurel.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The examples of Bitstring Status List v1.0 and Open Badges 3.0, read as the specs describe them. */
class SpecExamplesTest {
    private static final ObjectNode LIST = Fixtures.resource(Fixtures.SPEC + "status-list-credential.json");
    private final StatusChecker checker =
            new StatusChecker(Clock.fixed(Instant.parse("2024-04-05T14:27:42Z"), ZoneOffset.UTC));

    @Test
    void theExampleEncodedListIsAnEmpty16KbList() {
        String encoded = LIST.at("/credentialSubject/encodedList").asText();

        var list = BitstringStatusListTest.decoded(encoded, 1);

        assertThat(list.bitLength()).isEqualTo(16 * 1024 * 8);
        assertThat(list.size()).isEqualTo(BitstringStatusList.MINIMUM_ENTRIES);
        assertThat(IntStream.range(0, list.size()).filter(list::isSet)).isEmpty();
        assertThat(list).isEqualTo(BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 1));
    }

    @Test
    void theRevocableExampleCredentialIsNotRevoked() {
        var credential = Fixtures.resource(Fixtures.SPEC + "revocable-credential.json");
        var entry = (BitstringStatusListEntry)
                CredentialStatusEntry.ofCredential(credential).getFirst();

        assertThat(entry.index()).hasToString("94567");
        assertThat(checker.check(entry, LIST)).isEqualTo(new StatusResult.Active("revocation", "unset"));
    }

    @Test
    void theExampleEntriesOfTwoListsReadAsRevocationAndSuspension() {
        var credential = Fixtures.resource(Fixtures.SPEC + "revocation-and-suspension.json");

        var entries = CredentialStatusEntry.ofCredential(credential);

        assertThat(entries)
                .extracting(e -> ((BitstringStatusListEntry) e).statusPurpose())
                .containsExactly("revocation", "suspension");
        assertThat(entries)
                .extracting(e -> ((BitstringStatusListEntry) e).statusListIndex())
                .containsExactly("94567", "23452");
    }

    @Test
    void theSuspensionEntryIsRefusedByTheRevocationOnlyExampleList() {
        var credential = Fixtures.resource(Fixtures.SPEC + "revocation-and-suspension.json");
        var suspension = (BitstringStatusListEntry)
                CredentialStatusEntry.ofCredential(credential).get(1);
        var sameUrl = new BitstringStatusListEntry(
                suspension.id(),
                suspension.statusPurpose(),
                suspension.statusListIndex(),
                LIST.get("id").asText(),
                1,
                List.of(),
                List.of());

        StatusCheckerTest.assertFails(checker.check(sameUrl, LIST), StatusFailure.PURPOSE_MISMATCH, "suspension");
        StatusCheckerTest.assertFails(checker.check(suspension, LIST), StatusFailure.PURPOSE_MISMATCH, "suspension");
    }

    @Test
    void theMessageExampleMapsEachTwoBitValueToItsMessage() {
        var credential = Fixtures.resource(Fixtures.SPEC + "message-credential.json");
        var entry = (BitstringStatusListEntry)
                CredentialStatusEntry.ofCredential(credential).getFirst();
        var list = BitstringStatusList.create(524_288, 2);
        list.setStatus(492_847, 1);
        var json = LIST.deepCopy();
        json.put("id", entry.statusListCredential());
        json.withObject("credentialSubject")
                .put("statusPurpose", "message")
                .put("statusSize", 2)
                .put("encodedList", list.encode());

        assertThat(entry.statusSize()).isEqualTo(2);
        assertThat(entry.statusReference()).containsExactly("https://example.org/status-dictionary/");
        assertThat(checker.check(entry, json)).isEqualTo(new StatusResult.Flagged("message", 1, "accepted"));
        list.setStatus(492_847, 0);
        json.withObject("credentialSubject").put("encodedList", list.encode());
        assertThat(checker.check(entry, json)).isEqualTo(new StatusResult.Active("message", "pending_review"));
    }

    @Test
    void theOpenBadgesEndorsementExampleUsesA1EdTechRevocationList() {
        var endorsement = Fixtures.resource("/spec/vectors/ob-v3p0-spec-examples/01-sample-endorsementcredential.json");

        assertThat(CredentialStatusEntry.ofCredential(endorsement))
                .containsExactly(new RevocationListEntry("https://state.gov/credentials/3732/revocations"));
    }
}
