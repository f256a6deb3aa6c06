package dev.laurel.server.credentialendorsements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.schema.CredentialSchema;
import dev.laurel.credentials.schema.SchemaValidator;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An endorser with an account signs with a key of their own, their did:web under this Laurel: the endorsement
 * validates, verifies with that DID as issuer and can still be withdrawn; someone logged in with another address is not
 * offered the key.
 */
class OwnKeyEndorsementsTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Verifier verifier;

    UUID credential;
    Scenario.Person earner;
    UUID item;

    @BeforeEach
    void anEarnerHoldsACredential() {
        ApiCalls issuer = ApiCalls.organization(port, jdbc, keys, "Own Key University");
        UUID achievement = issuer.createAchievement("Field Work", "di");
        earner = Scenario.signUp(port, jdbc, "Eve Earner");
        credential = issuer.issue(achievement, "Eve Earner", earner.email());
        earner.browser().get("/backpack");
        earner.browser().post("/backpack/" + credential + "/accept", Map.of());
        item = jdbc.sql("select id from backpack_items where credential_id = :id")
                .param("id", credential)
                .query(UUID.class)
                .single();
    }

    @Test
    void anEndorserWithAnAccountSignsWithTheirOwnDidWeb() {
        Scenario.Person endorser = Scenario.signUp(port, jdbc, "Olga Mentor");
        UUID account = accountOf(endorser.email());
        String path = askAndFollow(endorser.email());

        Browser.Page form = endorser.browser().get(path);
        String did = form.body().replaceFirst("(?s).*Sign with my own key \\((did:web:[^)]+)\\).*", "$1");
        assertThat(did).startsWith("did:web:").endsWith(":accounts:" + account);
        assertThat(form.body()).contains("value=\"own\" checked");
        Browser.Page signed = endorser.browser()
                .post(path, Map.of("name", "Olga Mentor", "comment", "Careful field work.", "signer", "own"));
        assertThat(signed.status()).isEqualTo(200);

        String given = endorsementOf(credential);
        JsonNode endorsement = Json.parse(given);
        assertThat(endorsement.path("issuer").path("id").asText()).isEqualTo(did);
        assertThat(endorsement.path("proof").path("verificationMethod").asText())
                .isEqualTo(did + "#key-1");
        assertThat(SchemaValidator.instance().validate(endorsement, CredentialSchema.OB_ENDORSEMENT_CREDENTIAL))
                .isEmpty();
        VerificationReport report = verifier.verify(given);
        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertThat(report.check(CheckId.STATUS).orElseThrow().status()).isEqualTo("passed");

        JsonNode document = Json.parse(
                new Browser(port).get("/accounts/" + account + "/did.json").body());
        assertThat(document.path("id").asText()).isEqualTo(did);
        assertThat(document.path("assertionMethod").get(0).asText()).isEqualTo(did + "#key-1");
        assertThat(jdbc.sql("select count(*) from account_keys where account_id = :a")
                        .param("a", account)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        String withdraw =
                Mails.link(mailsTo(endorser.email(), m -> Mails.subject(m).contains("was signed"))
                        .getFirst());
        Browser stranger = new Browser(port);
        stranger.get(withdraw);
        stranger.post(withdraw.substring(withdraw.indexOf("/endorse/")), Map.of());
        VerificationReport withdrawn = verifier.verify(given);
        assertThat(withdrawn.verified()).isFalse();
        assertThat(withdrawn.failures()).flatMap(check -> check.reasons()).isEqualTo(List.of(Reason.STATUS_REVOKED));
    }

    @Test
    void someoneLoggedInWithAnotherAddressIsNotOfferedAKeyAndCannotSignWithOne() {
        String address = uniqueEmail("invited");
        Scenario.Person other = Scenario.signUp(port, jdbc, "Mallory Other");
        String path = askAndFollow(address);

        Browser.Page form = other.browser().get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).doesNotContain("Sign with my own key").doesNotContain(":accounts:");
        other.browser().post(path, Map.of("name", "Mallory Other", "comment", "Trust me.", "signer", "own"));

        JsonNode endorsement = Json.parse(endorsementOf(credential));
        assertThat(endorsement.path("issuer").path("id").asText())
                .as("signed by the platform for the address, not with Mallory's key")
                .doesNotContain(":accounts:");
        assertThat(jdbc.sql("select count(*) from account_keys where account_id = :a")
                        .param("a", accountOf(other.email()))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String askAndFollow(String endorser) {
        String ask = "/backpack/credentials/" + credential + "/endorsements/ask?item=" + item;
        earner.browser().get(ask);
        earner.browser()
                .postForm(
                        ask,
                        List.of(
                                Map.entry("name", "Olga Mentor"),
                                Map.entry("email", endorser),
                                Map.entry("message", "Would you endorse my field work?"),
                                Map.entry("credential", credential.toString())));
        String link = Mails.link(mailsTo(endorser, m -> Mails.subject(m).contains("asks you for an endorsement"))
                .getFirst());
        return link.substring(link.indexOf("/endorse/"));
    }

    private UUID accountOf(String email) {
        return jdbc.sql("select id from accounts where email = :e")
                .param("e", email)
                .query(UUID.class)
                .single();
    }

    private String endorsementOf(UUID credentialId) {
        return jdbc.sql("select e.credential_json from endorsements e join credential_endorsements c "
                        + "on c.endorsement_id = e.id where c.credential_id = :c")
                .param("c", credentialId)
                .query(String.class)
                .single();
    }
}
