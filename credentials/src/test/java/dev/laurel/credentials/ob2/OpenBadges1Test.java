package dev.laurel.credentials.ob2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Open Badges 1.x assertions are read as 2.0, the way the 1EdTech validator upgrades them. */
class OpenBadges1Test {

    private static final String DIR = "fixtures/verify/";

    /** Serves {@code fixtures/verify/hosted/<host>/<path>} at {@code https://<host>/<path>}. */
    private static final HttpFetcher HOSTED = (url, accept) -> {
        String path = DIR + "hosted/" + url.getHost() + url.getPath();
        return OpenBadges1Test.class.getClassLoader().getResource(path) != null
                ? new FetchResult.Fetched(url, "application/json", Fixtures.bytes(path))
                : new FetchResult.Failed(url, url + " is not reachable in tests");
    };

    private final OpenBadges2Verifier verifier =
            new OpenBadges2Verifier(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC), HOSTED);

    @Test
    void aVersion10AssertionBecomesA20OneWithAnIdentityObjectAnIsoDateAndItsVerifyUrlAsId() {
        ObjectNode v10 = Fixtures.object(DIR + "ob1-1.0-no-context.json");
        String given = Json.write(v10);

        ObjectNode v2 = OpenBadges1.assertion(v10);

        assertThat(OpenBadges1.is(v10)).isTrue();
        assertThat(v2.get("@context").asText()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(v2.get("type").asText()).isEqualTo("Assertion");
        assertThat(v2.get("id").asText()).isEqualTo("https://legacy.example/assertions/v1-0.json");
        assertThat(v2.get("verification")).isEqualTo(Json.parse("{\"type\": \"HostedBadge\"}"));
        assertThat(v2.has("verify") || v2.has("salt")).isFalse();
        assertThat(v2.get("uid").asText())
                .as("kept: a 1.x revocation list names it")
                .isEqualTo("v1-0");
        assertThat(v2.get("issuedOn").asText()).isEqualTo("2013-01-26T16:31:50Z");
        JsonNode recipient = v2.get("recipient");
        assertThat(recipient.get("type").asText()).isEqualTo("email");
        assertThat(recipient.get("hashed").asBoolean()).isTrue();
        assertThat(recipient.get("salt").asText()).isEqualTo("deadsea");
        assertThat(RecipientIdentity.matches(recipient, "learner@example.org")).isTrue();
        assertThat(RecipientIdentity.matches(recipient, "someone.else@example.org"))
                .isFalse();
        assertThat(Json.write(v10)).as("the input is not changed").isEqualTo(given);
    }

    @Test
    void aSignedVersion1AssertionNamesItsKeyUrlAsTheCreator() {
        ObjectNode v11 = Json.parse("""
                        {"@context": "https://w3id.org/openbadges/v1", "type": "Assertion",
                         "id": "urn:uuid:2c9d0b4c-5d4b-4c1c-9f0e-2f8f4f0b8c11",
                         "recipient": {"type": "email", "hashed": false, "identity": "learner@example.org"},
                         "badge": "https://legacy.example/badge.json", "issuedOn": "2015-04-30T10:00:00",
                         "verify": {"type": "signed", "url": "https://legacy.example/public-key.pem"}}
                        """).deepCopy();

        ObjectNode v2 = OpenBadges1.assertion(v11);

        assertThat(v2.get("verification"))
                .isEqualTo(Json.parse(
                        "{\"type\": \"SignedBadge\", \"creator\": \"https://legacy.example/public-key.pem\"}"));
        assertThat(v2.get("id").asText()).isEqualTo("urn:uuid:2c9d0b4c-5d4b-4c1c-9f0e-2f8f4f0b8c11");
        assertThat(v2.get("issuedOn").asText()).isEqualTo("2015-04-30T10:00:00Z");
    }

    @Test
    void aLinkedVersion10BadgeClassTakesTheUrlItWasFetchedFromAsItsId() {
        ObjectNode badge = Fixtures.object(DIR + "hosted/legacy.example/v1-0/badge.json");

        ObjectNode v2 = OpenBadges1.linked(badge, "BadgeClass", Optional.of("https://legacy.example/v1-0/badge.json"));

        assertThat(v2.get("type").asText()).isEqualTo("BadgeClass");
        assertThat(v2.get("id").asText()).isEqualTo("https://legacy.example/v1-0/badge.json");
        assertThat(Shape.BADGE_CLASS.problems(v2)).isEmpty();
    }

    @Test
    void openBadges20ObjectsAreNotVersion1() {
        assertThat(OpenBadges1.is(Fixtures.object(DIR + "ob2-hosted.json"))).isFalse();
        assertThat(OpenBadges1.is(Fixtures.object(DIR + "ob2-wrong-context.json")))
                .isFalse();
    }

    @Test
    void aHostedVersion11AssertionGivenByItsUrlVerifiesWithTheUpgradeSaid() {
        VerificationReport report = verifier.verify(URI.create("https://legacy.example/assertions/v1-1.json"));

        assertThat(report.failures()).isEmpty();
        assertThat(report.check(CheckId.FORMAT).orElseThrow().reason()).contains(Reason.FORMAT_OB1_UPGRADED);
        assertThat(report.check(CheckId.FORMAT).orElseThrow().message()).contains("Open Badges 1.x, read as 2.0");
        assertThat(report.credential().orElseThrow().get("@context").asText())
                .isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(report.linked("https://legacy.example/issuer.json")).isPresent();
    }

    @Test
    void aVersion1RevocationListNamesEachRevokedUidWithItsReason() {
        ObjectNode v1 = Json.parse("{\"signed-revoked\": \"Issued in error\", \"other\": \"Cheated\"}")
                .deepCopy();

        ObjectNode v2 = OpenBadges1.revocationList(v1, "https://legacy.example/signed/revocations.json");

        assertThat(OpenBadges1.isRevocationList(v1)).isTrue();
        assertThat(OpenBadges1.isRevocationList(v2)).isFalse();
        assertThat(v2.get("type").asText()).isEqualTo("RevocationList");
        assertThat(v2.get("revokedAssertions"))
                .isEqualTo(Json.parse("[{\"uid\": \"signed-revoked\", \"revocationReason\": \"Issued in error\"},"
                        + " {\"uid\": \"other\", \"revocationReason\": \"Cheated\"}]"));
    }

    @Test
    void aSignedVersion10AssertionWithoutAnIdIsNamedByItsUidAndItsPemKeyIsReadAsACryptographicKey() {
        String jws = Fixtures.text(DIR + "ob1-signed.jwt").strip();
        ObjectNode payload = dev.laurel.credentials.proof.DecodedJwt.parse(jws).payload();

        ObjectNode v2 = OpenBadges1.assertion(payload);
        Retrieval key = new Documents(HOSTED).key("https://legacy.example/signed/public-key.pem");

        assertThat(v2.get("id").asText()).isEqualTo("uid:signed-1");
        assertThat(v2.get("verification").get("creator").asText())
                .isEqualTo("https://legacy.example/signed/public-key.pem");
        ObjectNode cryptographicKey = ((Retrieval.Retrieved) key).document();
        assertThat(cryptographicKey.get("type").asText()).isEqualTo("CryptographicKey");
        assertThat(PublicKeyPem.read(cryptographicKey.get("publicKeyPem").asText()))
                .isInstanceOf(PublicKeyPem.Reading.Read.class);
    }

    @Test
    void aSignedVersion10AssertionVerifiesUnderThePemKeyAtItsVerifyUrl() {
        VerificationReport report = verifier.verify(Fixtures.text(DIR + "ob1-signed.jwt"));

        assertThat(report.failures()).as(Reports.describe(report)).isEmpty();
        assertThat(report.format()).isEqualTo("ob2 signed");
        assertThat(report.check(CheckId.ISSUER).orElseThrow().message())
                .contains("an Open Badges 1.x issuer lists no keys");
    }
}
