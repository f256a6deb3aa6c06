package dev.laurel.server.credentialendorsements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An earner asks for an endorsement, the endorser signs through the mailed link without an account, the earner
 * accepts or hides it, the endorser withdraws it; and what keeps the flow from being abused: the daily limit, the
 * single-use link, reporting a request as unwanted, comments escaped, hidden endorsements kept from everyone.
 */
class CredentialEndorsementsTest extends ServerTest {

    private static final String SCRIPT = "<script>alert('endorsed')</script> Led the migration & shipped it.";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    dev.laurel.server.accounts.AccountErasure erasure;

    ApiCalls issuer;
    Scenario.Person earner;
    UUID credential;
    UUID item;

    @BeforeEach
    void anEarnerHoldsACredential() {
        issuer = ApiCalls.organization(port, jdbc, keys, "Endorsed University");
        UUID achievement = issuer.createAchievement("Applied Research", "di");
        earner = Scenario.signUp(port, jdbc, "Ada Earner");
        credential = issuer.issue(achievement, "Ada Earner", earner.email());
        earner.browser().get("/backpack");
        earner.browser().post("/backpack/" + credential + "/accept", Map.of());
        item = jdbc.sql("select id from backpack_items where credential_id = :id")
                .param("id", credential)
                .query(UUID.class)
                .single();
    }

    @Test
    void anEndorserSignsWithoutAnAccountAndTheEarnerAcceptsThenTheEndorserWithdraws() {
        String endorser = uniqueEmail("manager");
        Browser.Page asked = ask(endorser);
        assertThat(asked.body()).contains("Request sent to Grace Manager.");

        MimeMessage mail = mailsTo(endorser, m -> true).getFirst();
        assertThat(Mails.subject(mail)).isEqualTo("Ada Earner asks you for an endorsement");
        String link = Mails.link(mail);
        assertThat(link).contains("/endorse/");
        assertThat(Mails.text(mail))
                .contains("Applied Research")
                .doesNotContain("utm_")
                .doesNotContain("<img");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("select count(*) from endorsement_requests where token_hash = :t")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .as("only the token's hash is stored")
                .isZero();

        Browser stranger = new Browser(port);
        Browser.Page page = stranger.get(link);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Endorse Ada Earner")
                .contains("Applied Research")
                .contains("Laurel signs your endorsement on your behalf");
        Browser.Page signed = stranger.post(
                "/endorse/" + token,
                Map.of(
                        "name",
                        "Grace Manager",
                        "role",
                        "Head of Research",
                        "organization",
                        "Example Labs",
                        "comment",
                        SCRIPT));
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.body()).contains("Endorsement signed");

        Browser.Page again = stranger.get(link);
        assertThat(again.status()).as("the link works once").isEqualTo(404);
        assertThat(again.body()).contains("This link does not work");

        Browser.Page panel = earner.browser().get("/backpack/credentials/" + credential + "/endorsements?item=" + item);
        assertThat(panel.body()).contains("Grace Manager").contains("Waiting for your decision");
        assertThat(panel.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(publicPanel()).as("not shown before the earner accepts").doesNotContain("Grace Manager");

        UUID endorsement = jdbc.sql("select endorsement_id from credential_endorsements where credential_id = :c")
                .param("c", credential)
                .query(UUID.class)
                .single();
        earner.browser().post("/backpack/endorsements/" + endorsement + "/accept?item=" + item, Map.of());
        String shown = publicPanel();
        assertThat(shown)
                .contains("Grace Manager")
                .contains("Head of Research, Example Labs")
                .contains("&lt;script&gt;alert")
                .doesNotContain("<script>alert")
                .contains("data-verification=\"verified\"");

        JsonNode bundle = Json.parse(
                new Browser(port).get("/c/" + credential + "/endorsed.json").body());
        assertThat(bundle.get("type").get(0).asText()).isEqualTo("VerifiablePresentation");
        assertThat(bundle.has("proof")).isFalse();
        JsonNode carried = bundle.get("verifiableCredential");
        assertThat(carried).hasSize(2);
        assertThat(carried.get(0).get("id").asText()).endsWith("/c/" + credential);
        assertThat(carried.get(1).get("type").toString()).contains("EndorsementCredential");
        assertThat(carried.get(1).get("credentialSubject").get("id").asText())
                .isEqualTo(carried.get(0).get("id").asText());
        assertThat(carried.get(1)
                        .get("credentialSubject")
                        .get("endorsementComment")
                        .asText())
                .isEqualTo(SCRIPT);

        Map<String, String> exported = unzip(earner.browser()
                .raw(java.net.http.HttpRequest.newBuilder(earner.browser().uri("/backpack/export.zip")))
                .body());
        String bundled = exported.keySet().stream()
                .filter(name -> name.endsWith("-with-endorsements.json"))
                .findFirst()
                .orElseThrow();
        assertThat(Json.parse(exported.get(bundled))).isEqualTo(bundle);
        assertThat(exported.get("index.json")).contains("\"withEndorsements\" : \"" + bundled + "\"");

        JsonNode listed = issuer.get("/api/v1/credentials/" + credential + "/endorsements")
                .json();
        assertThat(listed.get("endorsements")).hasSize(1);
        assertThat(listed.get("endorsements").get(0).get("endorserName").asText())
                .isEqualTo("Grace Manager");
        assertThat(listed.get("endorsements").get(0).get("withdrawn").asBoolean())
                .isFalse();

        MimeMessage confirmation =
                mailsTo(endorser, m -> Mails.subject(m).contains("was signed")).getFirst();
        String withdraw = Mails.link(confirmation);
        assertThat(withdraw).contains("/endorse/withdraw/");
        stranger.get(withdraw);
        Browser.Page withdrawn = stranger.post(withdraw.substring(withdraw.indexOf("/endorse/")), Map.of());
        assertThat(withdrawn.body()).contains("Every verification now reports it withdrawn");
        assertThat(publicPanel()).contains("data-verification=\"withdrawn\"").contains("Withdrawn by Grace Manager");
        assertThat(issuer.get("/api/v1/credentials/" + credential + "/endorsements")
                        .json()
                        .get("endorsements")
                        .get(0)
                        .get("withdrawn")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aHiddenEndorsementIsNotPublic() {
        String endorser = uniqueEmail("mentor");
        ask(endorser);
        String link = Mails.link(mailsTo(endorser, m -> true).getFirst());
        Browser stranger = new Browser(port);
        stranger.get(link);
        stranger.post(link.substring(link.indexOf("/endorse/")), Map.of("name", "Hidden Mentor", "comment", "Good."));
        UUID endorsement = jdbc.sql("select endorsement_id from credential_endorsements where credential_id = :c")
                .param("c", credential)
                .query(UUID.class)
                .single();
        earner.browser().post("/backpack/endorsements/" + endorsement + "/accept?item=" + item, Map.of());
        earner.browser().post("/backpack/endorsements/" + endorsement + "/hide?item=" + item, Map.of());

        assertThat(publicPanel()).doesNotContain("Hidden Mentor");
        assertThat(new Browser(port).get("/c/" + credential + "/endorsed.json").body())
                .doesNotContain("Hidden Mentor");
        assertThat(issuer.get("/api/v1/credentials/" + credential + "/endorsements")
                        .json()
                        .get("endorsements"))
                .isEmpty();
        assertThat(earner.browser()
                        .get("/backpack/credentials/" + credential + "/endorsements?item=" + item)
                        .body())
                .contains("Hidden Mentor")
                .contains(">Hidden<");
    }

    @Test
    void anotherPersonCannotDecideOrSeeTheEarnersPanel() {
        Scenario.Person other = Scenario.signUp(port, jdbc, "Mallory Other");
        Browser.Page panel = other.browser().get("/backpack/credentials/" + credential + "/endorsements?item=" + item);
        assertThat(panel.status()).isEqualTo(404);
        Browser.Page form =
                other.browser().get("/backpack/credentials/" + credential + "/endorsements/ask?item=" + item);
        assertThat(form.status()).isEqualTo(404);
    }

    @Test
    void reportingAsUnwantedBlocksTheEarnerFromAskingThatAddressAgain() {
        String endorser = uniqueEmail("stranger");
        ask(endorser);
        String link = Mails.link(mailsTo(endorser, m -> true).getFirst());
        Browser stranger = new Browser(port);
        stranger.get(link);
        Browser.Page reported = stranger.post(link.substring(link.indexOf("/endorse/")) + "/unwanted", Map.of());
        assertThat(reported.body()).contains("Request reported");
        assertThat(stranger.get(link).status()).isEqualTo(404);

        Browser.Page refused = ask(endorser.toUpperCase(java.util.Locale.ROOT));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("This person asked not to receive endorsement requests from you.");
        assertThat(mailsTo(endorser, m -> true)).hasSize(1);
    }

    @Test
    void refusesRequestsPastTheDailyLimit() {
        for (int i = 0; i < 20; i++) {
            assertThat(ask(uniqueEmail("colleague")).body()).contains("Request sent");
        }
        Browser.Page refused = ask(uniqueEmail("one-too-many"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("You have sent as many requests as a day allows.");
    }

    @Test
    void refusesACommentLongerThanFiveThousandCharacters() {
        String endorser = uniqueEmail("verbose");
        ask(endorser);
        String link = Mails.link(mailsTo(endorser, m -> true).getFirst());
        Browser stranger = new Browser(port);
        stranger.get(link);
        String path = link.substring(link.indexOf("/endorse/"));
        Browser.Page refused = stranger.post(path, Map.of("name", "Verbose", "comment", "x".repeat(5_001)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Write your endorsement, up to 5,000 characters.");
        assertThat(stranger.get(link).status()).as("the link still works").isEqualTo(200);
    }

    @Test
    void anErasedEarnersRequestsAndEndorsementsGoWithThem() {
        String endorser = uniqueEmail("former");
        ask(endorser);
        String link = Mails.link(mailsTo(endorser, m -> true).getFirst());
        Browser stranger = new Browser(port);
        stranger.get(link);
        stranger.post(
                link.substring(link.indexOf("/endorse/")), Map.of("name", "Former Boss", "comment", "Fine work."));
        UUID account = jdbc.sql("select id from accounts where email = :e")
                .param("e", earner.email())
                .query(UUID.class)
                .single();

        erasure.erase(account, new dev.laurel.server.accounts.AccountErasure.Further(List.of(), List.of()));

        assertThat(jdbc.sql("select count(*) from endorsement_requests where account_id = :a")
                        .param("a", account)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from credential_endorsements where credential_id = :c")
                        .param("c", credential)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aCollectionOffersOneRequestForEveryCredentialInIt() {
        UUID other = issuer.issue(issuer.createAchievement("Research Methods", "di"), "Ada Earner", earner.email());
        earner.browser().get("/backpack");
        earner.browser().post("/backpack/" + other + "/accept", Map.of());
        UUID otherItem = jdbc.sql("select id from backpack_items where credential_id = :id")
                .param("id", other)
                .query(UUID.class)
                .single();
        earner.browser().get("/backpack/collections");
        earner.browser().post("/backpack/collections", Map.of("name", "Research", "description", "My research"));
        UUID collection = jdbc.sql("select c.id from backpack_collections c join accounts a on a.id = c.account_id"
                        + " where lower(a.email) = lower(:email) and c.name = 'Research'")
                .param("email", earner.email())
                .query(UUID.class)
                .single();
        String page = "/backpack/collections/" + collection;
        earner.browser().get(page);
        earner.browser().post(page + "/items", Map.of("item", item.toString()));
        earner.browser().get(page);
        earner.browser().post(page + "/items", Map.of("item", otherItem.toString()));

        String body = earner.browser().get(page).body();
        assertThat(body).contains("Ask for endorsements of this collection");
        String link = body.substring(
                        body.indexOf("/backpack/credentials/"),
                        body.indexOf("\"", body.indexOf("/backpack/credentials/")))
                .replace("&amp;", "&");
        String form = earner.browser().get(link).body();
        assertThat(form).contains("Applied Research").contains("Research Methods");
        assertThat(form.split("checked=\"checked\"", -1).length - 1)
                .as("both credentials of the collection chosen")
                .isEqualTo(2);
        String path = "/backpack/credentials/" + credential + "/endorsements/ask";
        Browser.Page sent = earner.browser()
                .postForm(
                        path,
                        List.of(
                                Map.entry("name", "Grace Manager"),
                                Map.entry("email", uniqueEmail("collection-endorser")),
                                Map.entry("message", "Would you endorse my research?"),
                                Map.entry("credential", credential.toString()),
                                Map.entry("credential", other.toString())));
        assertThat(sent.status()).isLessThan(400);
        assertThat(jdbc.sql("select count(*) from endorsement_request_credentials where credential_id in (:a, :b)")
                        .param("a", credential)
                        .param("b", other)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private Browser.Page ask(String endorser) {
        String path = "/backpack/credentials/" + credential + "/endorsements/ask?item=" + item;
        earner.browser().get(path);
        return earner.browser()
                .postForm(
                        path,
                        List.of(
                                Map.entry("name", "Grace Manager"),
                                Map.entry("email", endorser),
                                Map.entry("message", "Would you endorse my research badge?"),
                                Map.entry("credential", credential.toString())));
    }

    private static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new java.util.HashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    private String publicPanel() {
        return new Browser(port).get("/c/" + credential + "/endorsements").body();
    }
}
