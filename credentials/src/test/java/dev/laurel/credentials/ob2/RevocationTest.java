package dev.laurel.credentials.ob2;

import static dev.laurel.credentials.ob2.Reports.describe;
import static dev.laurel.credentials.ob2.Reports.failed;
import static dev.laurel.credentials.ob2.Reports.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.http.GuardedHttpFetcher;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.VerificationReport;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Revocation of hosted and signed assertions: {@code 410 Gone}, {@code "revoked": true}, the issuer's revocation list. */
class RevocationTest {

    private static final HttpFetcher PRIVATE_ADDRESSES_ALLOWED =
            GuardedHttpFetcher.builder().allowPrivateAddresses(true).build();

    @Test
    void failsStatusWhenTheHostedCopySaysRevoked() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            ObjectNode revoked = Json.MAPPER
                    .createObjectNode()
                    .put("@context", "https://w3id.org/openbadges/v2")
                    .put("id", site.url(IssuerSite.ASSERTION))
                    .put("revoked", true)
                    .put("revocationReason", "three stacked children in a trenchcoat");
            site.publish(IssuerSite.ASSERTION, revoked);

            VerificationReport report = site.verifier().verify(site.assertion());

            assertThat(failed(report)).as(describe(report)).containsExactlyInAnyOrder(CheckId.PROOF, CheckId.STATUS);
            assertThat(message(report, CheckId.STATUS)).contains("revoked", "three stacked children in a trenchcoat");
            assertThat(message(report, CheckId.PROOF)).contains("marked revoked");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void failsStatusWhenTheIssuersRevocationListListsTheAssertion(boolean listedAsObject) {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            ObjectNode list = site.revocationList();
            String id = site.url(IssuerSite.ASSERTION);
            if (listedAsObject) {
                list.withArray("revokedAssertions")
                        .addObject()
                        .put("id", id)
                        .put("revocationReason", "Awarded in error");
            } else {
                list.withArray("revokedAssertions").add(id);
            }
            site.publish(IssuerSite.REVOCATION_LIST, list);

            VerificationReport report = site.verifier().verify(site.assertion());

            assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.STATUS);
            assertThat(message(report, CheckId.STATUS))
                    .contains("revoked: listed in " + site.url(IssuerSite.REVOCATION_LIST))
                    .contains(listedAsObject ? "Awarded in error" : "no reason given");
        }
    }

    @Test
    void passesStatusWhenTheRevocationListSaysTheListedAssertionIsNotRevoked() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            ObjectNode list = site.revocationList();
            list.withArray("revokedAssertions")
                    .addObject()
                    .put("id", site.url(IssuerSite.ASSERTION))
                    .put("revoked", false);
            site.publish(IssuerSite.REVOCATION_LIST, list);

            VerificationReport report = site.verifier().verify(site.assertion());

            assertThat(report.verified()).as(describe(report)).isTrue();
        }
    }

    @Test
    void failsStatusWhenTheRevocationListCannotBeFetched() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            ObjectNode issuer = site.issuer().put("revocationList", site.url("/no-such-list.json"));
            site.publish(IssuerSite.ISSUER, issuer);

            VerificationReport report = site.verifier().verify(site.assertion());

            assertThat(failed(report)).as(describe(report)).containsExactly(CheckId.STATUS);
            assertThat(message(report, CheckId.STATUS)).contains("/no-such-list.json", "404");
        }
    }

    @Test
    void treatsAHostedAssertionThatIsGoneAsRevoked() {
        try (IssuerSite site = IssuerSite.withSpecExamples();
                GoneServer gone = new GoneServer()) {
            ObjectNode assertion = site.assertion().put("id", gone.url());
            OpenBadges2Verifier verifier = new OpenBadges2Verifier(IssuerSite.NOW, PRIVATE_ADDRESSES_ALLOWED);

            VerificationReport byJson = verifier.verify(assertion);
            VerificationReport byUrl = verifier.verify(URI.create(gone.url()));

            assertThat(failed(byJson)).as(describe(byJson)).contains(CheckId.PROOF, CheckId.STATUS);
            assertThat(message(byJson, CheckId.STATUS)).contains("revoked", "410 Gone");
            assertThat(failed(byUrl)).containsExactly(CheckId.FORMAT, CheckId.STATUS);
            assertThat(message(byUrl, CheckId.STATUS)).contains("revoked", "410 Gone");
        }
    }
}
