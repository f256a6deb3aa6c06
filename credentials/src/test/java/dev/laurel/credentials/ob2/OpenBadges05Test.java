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

/** Open Badges 0.5 assertions are read as 2.0, the way the 1EdTech validator upgrades them. */
class OpenBadges05Test {

    private static final String HOSTED = "fixtures/verify/hosted/";
    private static final String URL = "https://old.example/assertions/v0-5.json";

    /** Serves {@code fixtures/verify/hosted/<host>/<path>} at {@code https://<host>/<path>}. */
    private static final HttpFetcher SITES = (url, accept) -> {
        String path = HOSTED + url.getHost() + url.getPath();
        return OpenBadges05Test.class.getClassLoader().getResource(path) != null
                ? new FetchResult.Fetched(url, "application/json", Fixtures.bytes(path))
                : new FetchResult.Failed(url, url + " is not reachable in tests");
    };

    @Test
    void aVersion05AssertionBecomesA20OneIdentifiedByItsUrlWithItsBadgeAndIssuerUpgraded() {
        ObjectNode v05 = Fixtures.object(HOSTED + "old.example/assertions/v0-5.json");
        String given = Json.write(v05);

        ObjectNode v2 = OpenBadges05.assertion(v05, Optional.of(URL));

        assertThat(AssertionVersion.of(v05)).isEqualTo(AssertionVersion.V0_5);
        assertThat(v2.get("@context").asText()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(v2.get("id").asText()).isEqualTo(URL);
        assertThat(v2.get("verification")).isEqualTo(Json.parse("{\"type\": \"HostedBadge\"}"));
        assertThat(v2.get("issuedOn").asText()).isEqualTo("2012-06-01T00:00:00Z");
        assertThat(v2.has("issued_on") || v2.has("salt")).isFalse();
        assertThat(v2.get("evidence").asText()).isEqualTo("https://old.example/work/learner.html");
        assertThat(RecipientIdentity.matches(v2.get("recipient"), "learner@example.org"))
                .isTrue();
        JsonNode badge = v2.get("badge");
        assertThat(badge.get("id").asText()).isEqualTo(URL + "#badge");
        assertThat(badge.get("image").asText()).isEqualTo("https://old.example/images/html5.png");
        assertThat(badge.get("criteria").asText()).isEqualTo("https://old.example/badges/html5.html");
        assertThat(Shape.BADGE_CLASS.problems((ObjectNode) badge)).isEmpty();
        JsonNode issuer = badge.get("issuer");
        assertThat(issuer.get("id").asText()).isEqualTo("https://old.example");
        assertThat(issuer.get("url").asText()).isEqualTo("https://old.example");
        assertThat(issuer.get("email").asText()).isEqualTo("badges@old.example");
        assertThat(issuer.get("name").asText()).isEqualTo("Old Badges: School of Webcraft");
        assertThat(Shape.ISSUER.problems((ObjectNode) issuer)).isEmpty();
        assertThat(Json.write(v05)).as("the input is not changed").isEqualTo(given);
    }

    @Test
    void aPlainEmailRecipientIsNotHashed() {
        ObjectNode v05 = Fixtures.object(HOSTED + "old.example/assertions/v0-5.json");
        v05.put("recipient", "learner@example.org");
        v05.remove("salt");

        JsonNode recipient = OpenBadges05.assertion(v05, Optional.of(URL)).get("recipient");

        assertThat(recipient)
                .isEqualTo(
                        Json.parse("{\"type\": \"email\", \"hashed\": false, \"identity\": \"learner@example.org\"}"));
    }

    @Test
    void aHostedVersion05AssertionGivenByItsUrlVerifiesWithTheUpgradeSaid() {
        OpenBadges2Verifier verifier =
                new OpenBadges2Verifier(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC), SITES);

        VerificationReport report = verifier.verify(URI.create(URL));

        assertThat(report.failures()).as(Reports.describe(report)).isEmpty();
        assertThat(report.check(CheckId.FORMAT).orElseThrow().reason()).contains(Reason.FORMAT_OB05_UPGRADED);
        assertThat(report.check(CheckId.FORMAT).orElseThrow().message()).contains("Open Badges 0.5, read as 2.0");
        assertThat(report.format()).isEqualTo("ob2 hosted");
        assertThat(report.linked("https://old.example")).isPresent();
    }

    @Test
    void openBadges1And2AssertionsAreNotVersion05() {
        assertThat(OpenBadges05.is(Fixtures.object("fixtures/verify/ob1-1.0-no-context.json")))
                .isFalse();
        assertThat(OpenBadges05.is(Fixtures.object("fixtures/verify/ob2-hosted.json")))
                .isFalse();
    }
}
