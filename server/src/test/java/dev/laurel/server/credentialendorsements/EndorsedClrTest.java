package dev.laurel.server.credentialendorsements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.schema.CredentialSchema;
import dev.laurel.credentials.schema.SchemaValidator;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.verification.CredentialVerification;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A collection's CLR carries the endorsements its earner accepted on its credentials (in the ClrCredential's {@code
 * endorsement}), not hidden or withdrawn ones; it still passes the CLR schema and its verification reports them.
 */
class EndorsedClrTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    CredentialVerification verification;

    UUID credential;
    UUID item;
    Scenario.Person earner;
    final Map<String, String> addresses = new java.util.HashMap<>();

    @Test
    void theClrCarriesTheAcceptedEndorsementsThatStillStand() {
        ApiCalls issuer = ApiCalls.organization(port, jdbc, keys, "Clr University");
        UUID achievement = issuer.createAchievement("Data Analysis", "di");
        earner = Scenario.signUp(port, jdbc, "Cleo Earner");
        credential = issuer.issue(achievement, "Cleo Earner", earner.email());
        earner.browser().get("/backpack");
        earner.browser().post("/backpack/" + credential + "/accept", Map.of());
        item = jdbc.sql("select id from backpack_items where credential_id = :id")
                .param("id", credential)
                .query(UUID.class)
                .single();
        UUID kept = endorse("Kept Mentor");
        UUID hidden = endorse("Hidden Mentor");
        UUID withdrawn = endorse("Withdrawn Mentor");
        for (UUID endorsement : List.of(kept, hidden, withdrawn)) {
            earner.browser().post("/backpack/endorsements/" + endorsement + "/accept?item=" + item, Map.of());
        }
        earner.browser().post("/backpack/endorsements/" + hidden + "/hide?item=" + item, Map.of());
        String withdrawLink = Mails.link(
                mailsTo(addresses.get("Withdrawn Mentor"), m -> Mails.subject(m).contains("was signed"))
                        .getFirst());
        Browser endorser = new Browser(port);
        endorser.get(withdrawLink);
        endorser.post(withdrawLink.substring(withdrawLink.indexOf("/endorse/")), Map.of());

        Browser browser = earner.browser();
        browser.get("/backpack/collections");
        String path = browser.post("/backpack/collections", Map.of("name", "Endorsed", "description", ""))
                .uri()
                .getPath();
        browser.post(path + "/items", Map.of("item", item.toString()));
        HttpResponse<byte[]> response = browser.raw(HttpRequest.newBuilder(browser.uri(path + "/clr.json")));
        assertThat(response.statusCode()).isEqualTo(200);

        JsonNode clr = Json.parse(new String(response.body(), StandardCharsets.UTF_8));
        JsonNode endorsements = clr.path("endorsement");
        assertThat(endorsements).hasSize(1);
        assertThat(endorsements.get(0).path("issuer").path("name").asText()).isEqualTo("Kept Mentor");
        assertThat(endorsements.get(0).path("credentialSubject").path("id").asText())
                .isEqualTo(
                        clr.at("/credentialSubject/verifiableCredential/0/id").asText());
        assertThat(SchemaValidator.instance().validate(clr, CredentialSchema.CLR_CREDENTIAL))
                .isEmpty();
        VerificationReport report = verification.verify(response.body());
        assertThat(report.failures()).as(report.toJson().toString()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.check(CheckId.ENDORSEMENTS).orElseThrow().message())
                .contains("Kept Mentor")
                .doesNotContain("Hidden Mentor");
    }

    private UUID endorse(String name) {
        String address = uniqueEmail(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        addresses.put(name, address);
        String ask = "/backpack/credentials/" + credential + "/endorsements/ask?item=" + item;
        earner.browser().get(ask);
        earner.browser()
                .postForm(
                        ask,
                        List.of(
                                Map.entry("name", name),
                                Map.entry("email", address),
                                Map.entry("message", "Would you endorse my analysis?"),
                                Map.entry("credential", credential.toString())));
        String link = Mails.link(mailsTo(address, m -> true).getFirst());
        Browser endorser = new Browser(port);
        endorser.get(link);
        endorser.post(link.substring(link.indexOf("/endorse/")), Map.of("name", name, "comment", "Sound analysis."));
        return jdbc.sql("select endorsement_id from credential_endorsements where credential_id = :c "
                        + "and endorser_name = :n")
                .param("c", credential)
                .param("n", name)
                .query(UUID.class)
                .single();
    }
}
