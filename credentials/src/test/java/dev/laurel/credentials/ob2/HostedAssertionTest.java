package dev.laurel.credentials.ob2;

import static dev.laurel.credentials.ob2.Reports.describe;
import static dev.laurel.credentials.ob2.Reports.failed;
import static dev.laurel.credentials.ob2.Reports.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.laurel.credentials.LocalServer;
import dev.laurel.credentials.http.GuardedHttpFetcher;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class HostedAssertionTest {

    private static final HttpFetcher PRIVATE_ADDRESSES_ALLOWED =
            GuardedHttpFetcher.builder().allowPrivateAddresses(true).build();

    @Test
    void verifiesTheSpecExampleHostedAssertionAgainstItsIssuersSite() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            VerificationReport report = site.verifier().verify(site.assertion());

            assertThat(report.verified()).as(describe(report)).isTrue();
            assertThat(report.format()).isEqualTo("ob2 hosted");
            assertThat(report.checks())
                    .as(describe(report))
                    .allMatch(check -> check instanceof CheckResult.Passed)
                    .extracting(CheckResult::id)
                    .containsExactlyInAnyOrderElementsOf(EnumSet.of(
                            CheckId.FORMAT,
                            CheckId.CONTEXT,
                            CheckId.TYPE,
                            CheckId.SCHEMA,
                            CheckId.RECIPIENT,
                            CheckId.PROOF,
                            CheckId.ISSUER,
                            CheckId.VALID_FROM,
                            CheckId.VALID_UNTIL,
                            CheckId.STATUS));
            assertThat(message(report, CheckId.ISSUER)).contains(site.url(IssuerSite.ISSUER));
            assertThat(message(report, CheckId.STATUS)).contains(site.url(IssuerSite.REVOCATION_LIST));
            assertThat(report.credential()).contains(site.assertion());
        }
    }

    @Test
    void reportsTheBadgeClassAndIssuerProfileItResolvedAsLinkedDocuments() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            VerificationReport report = site.verifier().verify(URI.create(site.url(IssuerSite.ASSERTION)));

            assertThat(report.verified()).as(describe(report)).isTrue();
            assertThat(report.linked())
                    .containsOnlyKeys(site.url(IssuerSite.BADGE_CLASS), site.url(IssuerSite.ISSUER))
                    .containsEntry(site.url(IssuerSite.BADGE_CLASS), site.badgeClass())
                    .containsEntry(site.url(IssuerSite.ISSUER), site.issuer());
            JsonNode badge = report.credential().orElseThrow().get("badge");
            assertThat(report.resolve(badge)).isEqualTo(site.badgeClass());
            assertThat(report.resolve(report.resolve(badge).get("issuer"))).isEqualTo(site.issuer());
            assertThat(report.resolve(TextNode.valueOf("https://elsewhere.example/x")))
                    .isEqualTo(TextNode.valueOf("https://elsewhere.example/x"));
            assertThat(report.linked(site.url(IssuerSite.BADGE_CLASS))
                            .orElseThrow()
                            .path("name")
                            .asText())
                    .isEqualTo(site.badgeClass().path("name").asText())
                    .isNotBlank();
            assertThat(report.credential()).contains(site.assertion());
            assertThat(report.toJson().has("linked")).isFalse();
        }
    }

    @Test
    void reportsAnEmbeddedBadgeClassByItsIdAndNothingItCouldNotFetch() {
        try (IssuerSite site = new IssuerSite()) {
            ObjectNode assertion = site.assertion();
            assertion.set("badge", site.badgeClass());
            site.publish(IssuerSite.ASSERTION, assertion);

            VerificationReport report = site.verifier().verify(assertion);

            assertThat(report.verified()).as(describe(report)).isFalse();
            assertThat(report.linked()).containsOnlyKeys(site.url(IssuerSite.BADGE_CLASS));
            assertThat(report.linked()).containsEntry(site.url(IssuerSite.BADGE_CLASS), site.badgeClass());
        }
    }

    @Test
    void verifiesAHostedAssertionGivenOnlyByItsUrl() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            for (VerificationReport report : new VerificationReport[] {
                site.verifier().verify(URI.create(site.url(IssuerSite.ASSERTION))),
                site.verifier().verify("  " + site.url(IssuerSite.ASSERTION) + "\n")
            }) {
                assertThat(report.verified()).as(describe(report)).isTrue();
                assertThat(message(report, CheckId.FORMAT)).contains("hosted at " + site.url(IssuerSite.ASSERTION));
            }
        }
    }

    @Test
    void verifiesAnAssertionUsingTheVerifyAliasAndATypeArray() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            ObjectNode assertion = site.assertion();
            assertion.set("verify", assertion.remove("verification"));
            assertion.putArray("type").add("Assertion").add("extension:ExampleExtension");
            site.publish(IssuerSite.ASSERTION, assertion);

            VerificationReport report = site.verifier().verify(Json.write(assertion));

            assertThat(report.verified()).as(describe(report)).isTrue();
        }
    }

    @Test
    void failsValidUntilOnceTheAssertionHasExpired() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            OpenBadges2Verifier verifier = new OpenBadges2Verifier(at("2017-07-01T00:00:00Z"), site.fetcher());

            VerificationReport report = verifier.verify(site.assertion());

            assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.VALID_UNTIL);
            assertThat(message(report, CheckId.VALID_UNTIL)).contains("expired on 2017-06-30T23:59:59Z");
        }
    }

    @Test
    void failsValidFromWhenIssuedInTheFuture() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            OpenBadges2Verifier verifier = new OpenBadges2Verifier(at("2016-12-31T23:59:58Z"), site.fetcher());

            VerificationReport report = verifier.verify(site.assertion());

            assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.VALID_FROM);
            assertThat(message(report, CheckId.VALID_FROM)).contains("issued in the future");
        }
    }

    @Test
    void acceptsAnAssertionOnTheIssuersHostOnAnotherPort() {
        try (IssuerSite site = IssuerSite.withSpecExamples();
                LocalServer elsewhere = new LocalServer()) {
            ObjectNode assertion = site.assertion().put("id", elsewhere.origin() + "/badge.json");
            elsewhere.serve("/badge.json", "application/json", Json.write(assertion));

            VerificationReport report =
                    new OpenBadges2Verifier(IssuerSite.NOW, PRIVATE_ADDRESSES_ALLOWED).verify(assertion);

            assertThat(elsewhere.port()).isNotEqualTo(portOf(site.origin()));
            assertThat(report.verified()).as(describe(report)).isTrue();
            assertThat(message(report, CheckId.ISSUER)).contains("the issuer's host 127.0.0.1");
        }
    }

    @Test
    void acceptsAnotherHostTheIssuerAllowsInAllowedOrigins() {
        try (IssuerSite site = IssuerSite.withSpecExamples();
                LocalServer elsewhere = new LocalServer()) {
            ObjectNode assertion = site.assertion().put("id", elsewhere.origin() + "/badge.json");
            elsewhere.serve("/badge.json", "application/json", Json.write(assertion));
            ObjectNode issuer = site.issuer();
            issuer.putObject("verification").put("type", "VerificationObject").put("allowedOrigins", "127.0.0.1");
            site.publish(IssuerSite.ISSUER, issuer);

            VerificationReport report =
                    new OpenBadges2Verifier(IssuerSite.NOW, PRIVATE_ADDRESSES_ALLOWED).verify(assertion);

            assertThat(report.verified()).as(describe(report)).isTrue();
            assertThat(message(report, CheckId.ISSUER)).contains("allowedOrigins [127.0.0.1]");
        }
    }

    @Test
    void failsIssuerWhenTheAssertionIdIsOutsideTheIssuersStartsWith() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            ObjectNode issuer = site.issuer();
            issuer.putObject("verification").putArray("startsWith").add(site.url("/assertions/"));
            site.publish(IssuerSite.ISSUER, issuer);

            VerificationReport report = site.verifier().verify(site.assertion());

            assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.ISSUER);
            assertThat(message(report, CheckId.ISSUER)).contains("does not start with", site.url("/assertions/"));
        }
    }

    @Test
    void failsProofWhenTheHostedCopyDiffersFromTheOneGiven() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            ObjectNode given = site.assertion().put("evidence", "https://forged.example/better-robot.html");

            VerificationReport report = site.verifier().verify(given);

            assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.PROOF);
            assertThat(message(report, CheckId.PROOF)).contains("differs", "(in evidence)");
            assertThat(report.credential()).contains(site.assertion());
        }
    }

    @Test
    void failsWhenTheBadgeClassIsUnreachable() {
        try (IssuerSite site = new IssuerSite()) {
            site.publish(IssuerSite.ASSERTION, site.assertion()).publish(IssuerSite.ISSUER, site.issuer());

            VerificationReport report = site.verifier().verify(site.assertion());

            assertThat(failed(report))
                    .as(describe(report))
                    .containsExactlyInAnyOrder(CheckId.SCHEMA, CheckId.ISSUER, CheckId.STATUS);
            assertThat(message(report, CheckId.ISSUER))
                    .contains("could not fetch the BadgeClass from " + site.url(IssuerSite.BADGE_CLASS))
                    .contains("404");
        }
    }

    @Test
    void failsRecipientWhenTheHashIsMalformed() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            ObjectNode assertion = site.assertion();
            assertion.withObject("recipient").put("identity", "sha256$not-a-hex-digest");
            site.publish(IssuerSite.ASSERTION, assertion);

            VerificationReport report = site.verifier().verify(assertion);

            assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.RECIPIENT);
            assertThat(message(report, CheckId.RECIPIENT)).contains("sha256$not-a-hex-digest", "64 hex digits");
        }
    }

    @Test
    void failsFormatForMalformedJson() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            VerificationReport report = site.verifier().verify("{\"id\": \"https://example.org/1\",");

            assertThat(failed(report)).containsExactly(CheckId.FORMAT);
            assertThat(message(report, CheckId.FORMAT)).contains("malformed JSON", "line 1");
            assertThat(site.requests()).isZero();
        }
    }

    @Test
    void refusesPrivateAddressesWithTheDefaultGuardedFetcher() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            OpenBadges2Verifier verifier = new OpenBadges2Verifier(IssuerSite.NOW, GuardedHttpFetcher.standard());

            VerificationReport byUrl = verifier.verify(URI.create(site.url(IssuerSite.ASSERTION)));
            VerificationReport byJson = verifier.verify(site.assertion());

            assertThat(failed(byUrl)).containsExactly(CheckId.FORMAT);
            assertThat(message(byUrl, CheckId.FORMAT)).contains("refused", "not a public address");
            assertThat(failed(byJson)).as(describe(byJson)).contains(CheckId.PROOF);
            assertThat(message(byJson, CheckId.PROOF)).contains("refused", "not a public address");
            assertThat(site.requests()).isZero();
        }
    }

    @Test
    void failsProofForAHostedAssertionWhoseIdCannotBeFetched() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            ObjectNode assertion = site.assertion().put("id", "urn:uuid:a953081a-4bbd-4927-9653-7219bca00e3b");

            VerificationReport report = site.verifier().verify(assertion);

            assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.PROOF);
            assertThat(message(report, CheckId.PROOF)).contains("not an http(s) URL");
            assertThat(report.check(CheckId.ISSUER)).get().isInstanceOf(CheckResult.Skipped.class);
        }
    }

    @Test
    void failsProofForASignedAssertionGivenAsJsonWithoutItsSignature() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            VerificationReport report = site.verifier().verify(site.signedAssertion());

            assertThat(failed(report)).as(describe(report)).contains(CheckId.PROOF);
            assertThat(message(report, CheckId.PROOF)).contains("SignedBadge", "JWS");
        }
    }

    @Test
    void reportsValuesOfTheWrongTypeAsFailedChecksWithoutThrowing() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            ObjectNode assertion = site.assertion();
            assertion.put("badge", 42).put("recipient", "someone").put("issuedOn", 1483228799);
            assertion.putArray("type").add(7);
            site.publish(IssuerSite.ASSERTION, assertion);

            VerificationReport report = site.verifier().verify(assertion);

            assertThat(failed(report))
                    .as(describe(report))
                    .contains(CheckId.TYPE, CheckId.SCHEMA, CheckId.RECIPIENT, CheckId.ISSUER, CheckId.VALID_FROM);
            assertThat(message(report, CheckId.SCHEMA)).contains("badge must be", "issuedOn must be");
            assertThat(message(report, CheckId.RECIPIENT)).contains("must be an IdentityObject");
        }
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static int portOf(String origin) {
        return URI.create(origin).getPort();
    }
}
