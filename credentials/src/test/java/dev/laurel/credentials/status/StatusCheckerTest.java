package dev.laurel.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Bitstring Status List checks: the validate algorithm, then one negative fixture per failure. */
class StatusCheckerTest {
    private static final String LIST_URL = "https://issuer.example/status/1";
    private static final Instant ISSUED = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final int REVOKED = 42;
    private static final int LAST = BitstringStatusList.MINIMUM_ENTRIES - 1;

    private final StatusChecker checker = new StatusChecker(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void reportsAnUnsetBitAsActive() {
        assertThat(checker.check(entry(7), listCredential())).isEqualTo(new StatusResult.Active("revocation", "unset"));
    }

    @Test
    void reportsASetBitAsRevoked() {
        var result = checker.check(entry(REVOKED), listCredential());

        assertThat(result).isEqualTo(new StatusResult.Flagged("revocation", 1, "set"));
        assertThat(((StatusResult.Flagged) result).revoked()).isTrue();
        assertThat(checker.check(entry(LAST), listCredential())).isInstanceOf(StatusResult.Flagged.class);
    }

    @Test
    void reportsASuspension() {
        var list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 1);
        list.setStatus(3, 1);
        var json = BitstringStatusListCredential.of(
                        LIST_URL,
                        "did:example:issuer",
                        StatusPurpose.SUSPENSION,
                        list,
                        Clock.fixed(ISSUED, ZoneOffset.UTC))
                .toJson();
        var entry = BitstringStatusListEntry.forIndex(LIST_URL, StatusPurpose.SUSPENSION, 3);

        var result = checker.check(entry, json);

        assertThat(result).isInstanceOfSatisfying(StatusResult.Flagged.class, flagged -> {
            assertThat(flagged.suspended()).isTrue();
            assertThat(flagged.revoked()).isFalse();
        });
    }

    @Test
    void acceptsAListWithSeveralPurposes() {
        var json = listCredential(list -> list.withObject("credentialSubject")
                .putArray("statusPurpose")
                .add("suspension")
                .add("revocation"));

        assertThat(checker.check(entry(REVOKED), json)).isInstanceOf(StatusResult.Flagged.class);
    }

    @Test
    void acceptsTheBoundsOfTheValidityPeriod() {
        var json = listCredential(list -> list.put("validFrom", NOW.toString()).put("validUntil", NOW.toString()));

        assertThat(checker.check(entry(REVOKED), json)).isInstanceOf(StatusResult.Flagged.class);
    }

    @Test
    void readsMultiBitMessagesFromTheEntry() {
        var list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 2);
        list.setStatus(10, 2);
        var json = listCredential(credential -> credential
                .withObject("credentialSubject")
                .put("statusPurpose", "message")
                .put("statusSize", 2)
                .put("encodedList", list.encode()));
        var messages = List.of(
                StatusMessage.of(0, "pending_review"),
                StatusMessage.of(1, "accepted"),
                StatusMessage.of(2, "rejected"),
                StatusMessage.of(3, "undefined"));

        assertThat(checker.check(messageEntry(10, messages), json))
                .isEqualTo(new StatusResult.Flagged("message", 2, "rejected"));
        assertThat(checker.check(messageEntry(11, messages), json))
                .isEqualTo(new StatusResult.Active("message", "pending_review"));
    }

    @Test
    void acceptsAShorterListWhenTheEcosystemSetsALowerBound() {
        var json = listCredential(
                list -> list.withObject("credentialSubject").put("encodedList", Fixtures.encodedList(new byte[1_000])));

        var relaxed = new StatusChecker(Clock.fixed(NOW, ZoneOffset.UTC), 8_000, 1 << 20);

        assertThat(relaxed.check(entry(7_999), json)).isInstanceOf(StatusResult.Active.class);
        assertFails(relaxed.check(entry(8_000), json), StatusFailure.INDEX_OUT_OF_RANGE, "8000");
    }

    @Test
    void failsWhenTheDocumentIsNotAStatusListCredential() {
        assertFails(checker.check(entry(1), Fixtures.json("[]")), StatusFailure.NOT_A_STATUS_LIST, "JSON object");
        assertFails(
                checker.check(
                        entry(1), listCredential(list -> list.putArray("type").add("VerifiableCredential"))),
                StatusFailure.NOT_A_STATUS_LIST,
                "type must include BitstringStatusListCredential");
        assertFails(
                checker.check(entry(1), listCredential(list -> list.remove("credentialSubject"))),
                StatusFailure.NOT_A_STATUS_LIST,
                "credentialSubject must be an object");
        assertFails(
                checker.check(entry(1), listCredential(list -> list.withObject("credentialSubject")
                        .put("type", "StatusList2021"))),
                StatusFailure.NOT_A_STATUS_LIST,
                "credentialSubject.type must be BitstringStatusList");
    }

    @Test
    void failsWhenTheListIsNotYetValid() {
        var json = listCredential(list -> list.put("validFrom", "2025-06-01T12:00:01Z"));

        assertFails(checker.check(entry(7), json), StatusFailure.LIST_NOT_YET_VALID, "2025-06-01T12:00:01Z");
    }

    @Test
    void failsWhenTheListHasExpired() {
        var json = listCredential(list -> list.put("validUntil", "2025-06-01T11:59:59Z"));

        assertFails(checker.check(entry(7), json), StatusFailure.LIST_EXPIRED, "2025-06-01T11:59:59Z");
    }

    @Test
    void failsOnADateWithoutATimeZone() {
        var json = listCredential(list -> list.put("validUntil", "2026-01-01T00:00:00"));

        assertFails(checker.check(entry(7), json), StatusFailure.MALFORMED_LIST, "validUntil must be a date-time");
    }

    @Test
    void failsWhenThePurposeDoesNotMatch() {
        var suspension = BitstringStatusListEntry.forIndex(LIST_URL, StatusPurpose.SUSPENSION, REVOKED);

        assertFails(checker.check(suspension, listCredential()), StatusFailure.PURPOSE_MISMATCH, "\"suspension\"");
    }

    @Test
    void acceptsAListWhoseIdIsNotTheUrlItWasFetchedFrom() {
        var json = listCredential(list -> list.put("id", "https://issuer.example/status/2"));

        assertThat(checker.check(entry(7), json)).isEqualTo(new StatusResult.Active("revocation", "unset"));
    }

    @Test
    void failsWhenTheListDeclaresAnotherStatusSize() {
        var json = listCredential(list -> list.withObject("credentialSubject").put("statusSize", 2));

        assertFails(checker.check(entry(7), json), StatusFailure.STATUS_SIZE_MISMATCH, "statusSize 2");
    }

    @Test
    void failsWhenTheEncodedListIsMissing() {
        var json = listCredential(list -> list.withObject("credentialSubject").remove("encodedList"));

        assertFails(checker.check(entry(7), json), StatusFailure.MALFORMED_LIST, "encodedList must be a string");
    }

    @Test
    void failsWhenTheEncodedListCannotBeDecoded() {
        var json = listCredential(list -> {
            var subject = list.withObject("credentialSubject");
            subject.put("encodedList", subject.get("encodedList").asText().substring(1));
        });

        assertFails(checker.check(entry(7), json), StatusFailure.MISSING_MULTIBASE_PREFIX, "prefix 'u'");
    }

    @Test
    void failsOnADecompressionBombBeyondTheCheckersCap() {
        var json = listCredential(list ->
                list.withObject("credentialSubject").put("encodedList", Fixtures.encodedList(new byte[1 << 20])));
        var capped = new StatusChecker(Clock.fixed(NOW, ZoneOffset.UTC), 0, 1 << 19);

        assertFails(capped.check(entry(7), json), StatusFailure.LIST_TOO_LARGE, "524288");
    }

    @Test
    void failsWhenTheListIsTooShortForHerdPrivacy() {
        var json = listCredential(list ->
                list.withObject("credentialSubject").put("encodedList", Fixtures.encodedList(new byte[16_383])));

        assertFails(checker.check(entry(7), json), StatusFailure.LIST_TOO_SHORT, "131064 entries");
    }

    @Test
    void failsWhenTheIndexIsPastTheEnd() {
        assertFails(
                checker.check(entry(LAST + 1), listCredential()), StatusFailure.INDEX_OUT_OF_RANGE, "131072 entries");
        var huge = new BitstringStatusListEntry(
                Optional.empty(), "revocation", "99999999999999999999", LIST_URL, 1, List.of(), List.of());
        assertFails(checker.check(huge, listCredential()), StatusFailure.INDEX_OUT_OF_RANGE, "99999999999999999999");
    }

    @Test
    void failsForAMalformedEntryWithItsOwnMessage() {
        var malformed = new MalformedStatusEntry(0, Optional.empty(), "credentialStatus.statusListIndex is wrong");

        assertThat(checker.check(malformed))
                .isEqualTo(new StatusResult.Failed(StatusFailure.MALFORMED_ENTRY, malformed.message()));
    }

    @Test
    void namesTheSpecErrorOfEachFailure() {
        assertThat(StatusFailure.LIST_TOO_SHORT.specError().problemType())
                .isEqualTo("https://www.w3.org/ns/credentials/status-list#STATUS_LIST_LENGTH_ERROR");
        assertThat(StatusFailure.INDEX_OUT_OF_RANGE.specError()).isEqualTo(StatusFailure.SpecError.RANGE_ERROR);
        assertThat(StatusFailure.PURPOSE_MISMATCH.specError())
                .isEqualTo(StatusFailure.SpecError.STATUS_VERIFICATION_ERROR);
    }

    static void assertFails(StatusResult result, StatusFailure failure, String messagePart) {
        assertThat(result).isInstanceOfSatisfying(StatusResult.Failed.class, failed -> {
            assertThat(failed.failure()).isEqualTo(failure);
            assertThat(failed.message()).contains(messagePart);
        });
    }

    private static BitstringStatusListEntry entry(int index) {
        return BitstringStatusListEntry.forIndex(LIST_URL, StatusPurpose.REVOCATION, index);
    }

    private static BitstringStatusListEntry messageEntry(int index, List<StatusMessage> messages) {
        return new BitstringStatusListEntry(
                Optional.empty(), "message", Integer.toString(index), LIST_URL, 2, messages, List.of());
    }

    private static ObjectNode listCredential() {
        return listCredential(json -> {});
    }

    /** A valid revocation list credential with {@link #REVOKED} and the last index set, then changed by {@code edit}. */
    private static ObjectNode listCredential(Consumer<ObjectNode> edit) {
        var list = BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 1);
        list.setStatus(REVOKED, 1);
        list.setStatus(LAST, 1);
        var json = BitstringStatusListCredential.of(
                        LIST_URL,
                        "did:example:issuer",
                        StatusPurpose.REVOCATION,
                        list,
                        Clock.fixed(ISSUED, ZoneOffset.UTC))
                .toJson();
        edit.accept(json);
        return json;
    }
}
