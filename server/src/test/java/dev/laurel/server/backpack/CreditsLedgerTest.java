package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.schema.CredentialSchema;
import dev.laurel.credentials.schema.SchemaValidator;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.issuing.LifecyclePolicy;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.verification.CredentialVerification;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The earner's credits ledger: for a credential renewed by credits, the credits earned in its validity window from
 * the badges its policy names and from verified imports carrying {@code creditsEarned}, against what renewal needs —
 * on a page, as CSV, and as evidence in the CLR of a collection holding it.
 */
class CreditsLedgerTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LifecyclePolicies policies;

    @Autowired
    CredentialVerification verification;

    @Test
    void countsTheCreditsOfTheNamedBadgesAndVerifiedImportsWithinTheCycle() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Credit Board");
        UUID auditor = Scenario.badge(issuer, "Certified Auditor", "di");
        UUID ethics = Scenario.badge(issuer, "Ethics Module", "di");
        UUID workshop = Scenario.badge(issuer, "Unrelated Workshop", "di");
        policies.save(
                new OrganizationId(issuer.organizationId()),
                new BadgeId(auditor),
                new LifecyclePolicies.Overrides(
                        null,
                        null,
                        null,
                        LifecyclePolicy.RenewalRule.CREDITS,
                        800, // renewal is offered at once
                        new BigDecimal("5"),
                        Set.of(new BadgeId(ethics)),
                        true,
                        null,
                        null));
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Carla Credits");
        UUID held = Earners.accept(earner, Scenario.issue(issuer, auditor, earner.name(), earner.email()), jdbc);
        UUID heldCredential = credentialOf(held);
        Thread.sleep(1100); // credits count from the second after the held credential was issued
        Earners.accept(earner, Scenario.issue(issuer, ethics, earner.name(), earner.email()), jdbc);
        Earners.accept(earner, Scenario.issue(issuer, ethics, earner.name(), earner.email()), jdbc);
        Earners.accept(earner, Scenario.issue(issuer, workshop, earner.name(), earner.email()), jdbc);
        Thread.sleep(1100); // the import is earned after the held credential was issued, to the second
        Earners.importedItem(Earners.importFile(
                earner.browser(),
                "ce.json",
                "application/json",
                Credentials.jsonWithCredits(
                        "Imported CE Course",
                        earner.email(),
                        new BigDecimal("2"),
                        Instant.now().truncatedTo(ChronoUnit.SECONDS))));

        String page = earner.browser().get("/backpack/credits").body();
        assertThat(page)
                .contains("Certified Auditor")
                .contains("5.0 of 5 credits earned")
                .contains("You have the credits to renew it.")
                .contains("Ethics Module")
                .contains("Imported CE Course")
                .doesNotContain("Unrelated Workshop");

        // renewal by credits counts the same credits, the import included
        assertThat(earner.browser().get("/c/" + heldCredential + "/renew").body())
                .contains("You have the credits needed");

        HttpResponse<byte[]> csv =
                earner.browser().raw(HttpRequest.newBuilder(earner.browser().uri("/backpack/credits.csv")));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        String[] rows = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(rows).hasSize(4);
        assertThat(rows[0]).startsWith("organization,renews,cycle_from");
        assertThat(rows[1]).startsWith("Credit Board,Certified Auditor,").contains(",5,5.0,Ethics Module,");
        assertThat(rows[3]).contains("Imported CE Course,Elsewhere Academy,").endsWith(",2,true");

        UUID collection = collection(earner.browser(), held);
        HttpResponse<byte[]> clr = earner.browser()
                .raw(HttpRequest.newBuilder(earner.browser().uri("/backpack/collections/" + collection + "/clr.json")));
        assertThat(clr.statusCode()).isEqualTo(200);
        JsonNode json = Json.parse(new String(clr.body(), StandardCharsets.UTF_8));
        assertThat(json.at("/evidence/0/name").asText())
                .isEqualTo("Continuing-education credits towards renewing Certified Auditor");
        assertThat(json.at("/evidence/0/description").asText()).startsWith("5.0 of 5 credits earned from ");
        assertThat(json.at("/evidence/0/narrative").asText()).contains("Imported CE Course (Elsewhere Academy)");
        assertThat(SchemaValidator.instance().validate(json, CredentialSchema.CLR_CREDENTIAL))
                .isEmpty();
        VerificationReport report = verification.verify(clr.body());
        assertThat(report.failures()).isEmpty();
        assertThat(heldCredential).isNotNull();
    }

    @Test
    void anEarnerWithNoCreditRenewalSeesNone() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Nora None");
        assertThat(earner.browser().get("/backpack/credits").body())
                .contains("None of your credentials is renewed by continuing-education credits.");
    }

    private UUID credentialOf(UUID item) {
        return jdbc.sql("select credential_id from backpack_items where id = :id")
                .param("id", item)
                .query(UUID.class)
                .single();
    }

    private static UUID collection(Browser browser, UUID item) {
        browser.get("/backpack/collections");
        Browser.Page made = browser.post("/backpack/collections", Map.of("name", "Certification", "description", ""));
        String path = made.uri().getPath();
        browser.post(path + "/items", Map.of("item", item.toString()));
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }
}
