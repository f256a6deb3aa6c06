package dev.laurel.credentials.status;

import static dev.laurel.credentials.status.StatusCheckerTest.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.status.RevocationList.RevokedCredential;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The 1EdTech Revocation List Status Method: a credential is revoked when its id is listed and not marked false. */
class RevocationListTest {
    private static final String LIST_URL = "https://state.gov/credentials/3732/revocations";
    private static final String CREDENTIAL = "http://example.edu/credentials/3732";
    private static final RevocationListEntry ENTRY = new RevocationListEntry(LIST_URL);

    private final StatusChecker checker = new StatusChecker(Clock.systemUTC());

    @Test
    void reportsAListedCredentialAsRevokedWithItsReason() {
        var list =
                list("{\"id\": \"" + CREDENTIAL + "\", \"revoked\": true, \"revocationReason\": \"No final payment\"}");

        var result = checker.check(ENTRY, CREDENTIAL, list);

        assertThat(result).isEqualTo(new StatusResult.Flagged("revocation", 1, "No final payment"));
        assertThat(((StatusResult.Flagged) result).revoked()).isTrue();
    }

    @Test
    void treatsAnOmittedRevokedFlagAsRevoked() {
        assertThat(checker.check(ENTRY, CREDENTIAL, list("{\"id\": \"" + CREDENTIAL + "\"}")))
                .isEqualTo(new StatusResult.Flagged("revocation", 1, "revoked"));
    }

    @Test
    void acceptsRevokedWrittenAsAString() {
        var list = list(
                "{\"id\": \"" + CREDENTIAL + "\", \"revoked\": \"true\", \"revocationReason\": \"No final payment\"}");

        assertThat(checker.check(ENTRY, CREDENTIAL, list)).isInstanceOf(StatusResult.Flagged.class);
    }

    @Test
    void reportsAnUnlistedCredentialAsActive() {
        var list = list("{\"id\": \"http://example.edu/credentials/1\"}");

        assertThat(checker.check(ENTRY, CREDENTIAL, list))
                .isEqualTo(new StatusResult.Active("revocation", "not revoked"));
        assertThat(checker.check(ENTRY, CREDENTIAL, Fixtures.json("{\"id\": \"" + LIST_URL + "\"}")))
                .isInstanceOf(StatusResult.Active.class);
    }

    @Test
    void reportsACredentialListedAsNotRevokedAsActive() {
        var list = list("{\"id\": \"" + CREDENTIAL + "\", \"revoked\": false}");

        assertThat(checker.check(ENTRY, CREDENTIAL, list)).isInstanceOf(StatusResult.Active.class);
    }

    @Test
    void failsWithoutACredentialId() {
        assertFails(checker.check(ENTRY, null, list()), StatusFailure.MISSING_CREDENTIAL_ID, "no id");
        assertFails(checker.check(ENTRY, " ", list()), StatusFailure.MISSING_CREDENTIAL_ID, "no id");
    }

    @Test
    void failsWhenTheListIsAnotherOne() {
        var other = Fixtures.json("{\"id\": \"https://state.gov/other\", \"revokedCredentials\": []}");

        assertFails(
                checker.check(ENTRY, CREDENTIAL, other), StatusFailure.REVOCATION_LIST_ID_MISMATCH, "state.gov/other");
    }

    @Test
    void failsOnDocumentsThatAreNotRevocationLists() {
        assertFails(
                checker.check(ENTRY, CREDENTIAL, Fixtures.json("[]")),
                StatusFailure.MALFORMED_REVOCATION_LIST,
                "JSON object");
        assertFails(
                checker.check(ENTRY, CREDENTIAL, Fixtures.json("{\"revokedCredentials\": []}")),
                StatusFailure.MALFORMED_REVOCATION_LIST,
                "id must be a string URL");
        assertFails(
                checker.check(
                        ENTRY, CREDENTIAL, Fixtures.json("{\"id\": \"" + LIST_URL + "\", \"revokedCredentials\": {}}")),
                StatusFailure.MALFORMED_REVOCATION_LIST,
                "revokedCredentials must be an array");
        assertFails(
                checker.check(ENTRY, CREDENTIAL, list("{\"revoked\": true}")),
                StatusFailure.MALFORMED_REVOCATION_LIST,
                "revokedCredentials[0]");
        assertFails(
                checker.check(ENTRY, CREDENTIAL, list("{\"id\": \"" + CREDENTIAL + "\", \"revoked\": \"yes\"}")),
                StatusFailure.MALFORMED_REVOCATION_LIST,
                "revokedCredentials[0]");
    }

    @Test
    void writesAListThatReadsBackTheSame() {
        var list = new RevocationList(
                LIST_URL,
                Optional.of("https://state.gov/issuers/565049"),
                List.of(
                        new RevokedCredential(CREDENTIAL, true, Optional.of("No final payment")),
                        new RevokedCredential("http://example.edu/credentials/9", true, Optional.empty())));

        assertThat(RevocationList.parse(list.toJson())).isEqualTo(new RevocationList.Parsing.Parsed(list));
        assertThat(list.toJson().at("/revokedCredentials/0/revoked").booleanValue())
                .isTrue();
    }

    @Test
    void readsTheIssuerFromAProfileObject() {
        var json = Fixtures.json(
                "{\"id\": \"" + LIST_URL + "\", \"issuer\": {\"id\": \"did:example:1\", \"type\": \"Profile\"}}");

        assertThat(RevocationList.parse(json))
                .isEqualTo(new RevocationList.Parsing.Parsed(
                        new RevocationList(LIST_URL, Optional.of("did:example:1"), List.of())));
    }

    private static JsonNode list(String... items) {
        return Fixtures.json("{\"id\": \"" + LIST_URL + "\", \"issuer\": \"did:web:state.gov\", "
                + "\"revokedCredentials\": [" + String.join(",", items) + "]}");
    }
}
