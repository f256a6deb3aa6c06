package dev.laurel.server.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.schema.CredentialSchema;
import dev.laurel.credentials.schema.SchemaValidator;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.Browser;
import dev.laurel.server.Images;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class IssuingTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerificationMethodResolver resolver;

    @Autowired
    HttpFetcher fetcher;

    @Test
    void issuesASignedSchemaValidCredentialThatVerifiesUntilRevoked() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Issuing University");
        UUID badgeId = createBadge(issuer, "Teamwork", "di");
        UUID credentialId = issue(issuer, badgeId, "Ngũyễn Thị Ánh", uniqueEmail("anh"));

        String document = document(credentialId);
        JsonNode credential = Json.parse(document);
        assertThat(credential.get("issuer").get("id").asText()).startsWith("did:web:localhost%3A" + PORT);
        assertThat(credential
                        .get("credentialSubject")
                        .get("identifier")
                        .get(1)
                        .get("identityHash")
                        .asText())
                .isEqualTo("Ngũyễn Thị Ánh");
        assertThat(credential.get("credentialStatus").get("statusPurpose").asText())
                .isEqualTo("revocation");
        assertThat(SchemaValidator.instance().validate(credential, CredentialSchema.OB_ACHIEVEMENT_CREDENTIAL))
                .isEmpty();
        assertThat(verify(document).verified())
                .as(verify(document).toJson().toString())
                .isTrue();

        Browser browser = issuer.owner().browser();
        browser.get("/organizations/" + issuer.organizationId() + "/credentials/" + credentialId);
        Browser.Page revoked = browser.post(
                "/organizations/" + issuer.organizationId() + "/credentials/" + credentialId + "/revoke",
                Map.of("reason", "Issued in error"));
        assertThat(revoked.body()).contains("Revoked. Every verification now reports it.");
        VerificationReport after = verify(document);
        assertThat(after.verified()).isFalse();
        assertThat(after.check(CheckId.STATUS))
                .get()
                .isInstanceOfSatisfying(CheckResult.Failed.class, failed -> assertThat(failed.message())
                        .contains("revoked"));
        assertThat(jdbc.sql("select action from audit_log where organization_id = :org order by id")
                        .param("org", issuer.organizationId())
                        .query(String.class)
                        .list())
                .containsExactly("organization.created", "badge.created", "credential.issued", "credential.revoked");
    }

    @Test
    void servesTheStatusListSignedWithRevalidatingCacheHeaders() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Cached Status College");
        UUID badgeId = createBadge(issuer, "Attendance", "jwt");
        UUID credentialId = issue(issuer, badgeId, "Grace Hopper", uniqueEmail("grace"));
        String jwt = document(credentialId);
        assertThat(jwt.split("\\.")).hasSize(3);
        assertThat(verify(jwt).verified()).isTrue();

        String listUrl = jdbc.sql("select status_list_id from credentials where id = :id")
                .param("id", credentialId)
                .query(UUID.class)
                .single()
                .toString();
        Browser anyone = new Browser(port);
        var first = anyone.raw(HttpRequest.newBuilder(anyone.uri("/status/" + listUrl)));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var again = anyone.raw(
                HttpRequest.newBuilder(anyone.uri("/status/" + listUrl)).header("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        JsonNode list = Json.parse(new String(first.body()));
        assertThat(list.get("type").toString()).contains("BitstringStatusListCredential");
        assertThat(list.get("proof").get("verificationMethod").asText())
                .contains(issuer.organizationId().toString());
    }

    @Test
    void suspendsAndReinstatesButNeverReinstatesARevokedCredential() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Suspending School");
        UUID badgeId = createBadge(issuer, "Safety", "di");
        UUID credentialId = issue(issuer, badgeId, "Alan Turing", uniqueEmail("alan"));
        String base = "/organizations/" + issuer.organizationId() + "/credentials/" + credentialId;
        Browser browser = issuer.owner().browser();
        browser.get(base);
        assertThat(browser.post(base + "/suspend", Map.of("reason", "Under review"))
                        .body())
                .contains("Suspended.");
        assertThat(state(credentialId)).isEqualTo("suspended");
        assertThat(browser.post(base + "/reinstate", Map.of("reason", "")).body())
                .contains("Reinstated.");
        assertThat(browser.post(base + "/revoke", Map.of("reason", "Fraud")).body())
                .contains("Revoked.");
        assertThat(browser.post(base + "/reinstate", Map.of("reason", "")).body())
                .contains("does not apply to this credential");
        assertThat(state(credentialId)).isEqualTo("revoked");
        assertThat(browser.post(base + "/revoke", Map.of("reason", " ")).body()).contains("Give a reason.");
    }

    @Test
    void explainsEachImageAndFieldProblemAndCreatesNoBadge() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Picky Institute");
        Browser browser = issuer.owner().browser();
        String path = "/organizations/" + issuer.organizationId() + "/badges";
        browser.get(path + "/new");
        Map<String, String> fields = badgeFields("Bad Image", "di");
        assertThat(post(browser, path, fields, "wide.png", Images.png(200, 100)).body())
                .contains("must be square; this one is 200 × 100");
        assertThat(post(browser, path, fields, "tiny.png", Images.png(40, 40)).body())
                .contains("at least 90 × 90 pixels; this one is 40 × 40");
        assertThat(post(browser, path, fields, "anim.gif", Images.gif(120, 120)).body())
                .contains("Badge images must be PNG or SVG");
        assertThat(post(browser, path, fields, "fake.png", "not an image".getBytes())
                        .body())
                .contains("Badge images must be PNG or SVG");
        Map<String, String> noCriteria = new LinkedHashMap<>(fields);
        noCriteria.put("criteriaNarrative", "");
        noCriteria.put("alignments", "ESCO ; S1 ; Teamwork");
        assertThat(post(browser, path, noCriteria, "ok.svg", Images.svg(120, 120))
                        .body())
                .contains("Describe how the badge is earned")
                .contains("Line 1 is not");
        assertThat(jdbc.sql("select count(*) from badges where organization_id = :org")
                        .param("org", issuer.organizationId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesUrlsThatAreNotIrisInTheBadgeAndIssueForms() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Iri Academy");
        Browser browser = issuer.owner().browser();
        String path = "/organizations/" + issuer.organizationId() + "/badges";
        browser.get(path + "/new");
        Map<String, String> fields = new LinkedHashMap<>(badgeFields("Quoted", "di"));
        fields.put("criteriaUrl", "https://crit.example/\"><x>");
        fields.put("alignments", "ESCO ; S1.8 ; Teamwork ; https://esco.example/{a}");
        assertThat(post(browser, path, fields, "ok.png", Images.png(128, 128)).body())
                .contains("Enter a web address starting with https://")
                .contains("Line 1 is not");
        assertThat(jdbc.sql("select count(*) from badges where organization_id = :org")
                        .param("org", issuer.organizationId())
                        .query(Long.class)
                        .single())
                .isZero();

        UUID badgeId = createBadge(issuer, "Evidenced", "di");
        String issuePath = path + "/" + badgeId + "/issue";
        browser.get(issuePath);
        Browser.Page refused = browser.post(
                issuePath,
                Map.of(
                        "recipientName",
                        "Ada",
                        "recipientEmail",
                        uniqueEmail("ada"),
                        "evidence",
                        "https://example.edu/projects/42\nhttps://example.edu/`x`"));
        assertThat(refused.body()).contains("Line 2 of the evidence is not");
        assertThat(jdbc.sql("select count(*) from credentials where badge_id = :b")
                        .param("b", badgeId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesIssuingToViewersAndStrangers() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Closed Academy");
        UUID badgeId = createBadge(issuer, "Secret", "di");
        Scenario.Person stranger = Scenario.signUp(port, jdbc, "Eve");
        stranger.browser().get("/dashboard");
        Browser.Page refused = stranger.browser()
                .post(
                        "/organizations/" + issuer.organizationId() + "/badges/" + badgeId + "/issue",
                        Map.of("recipientName", "Eve", "recipientEmail", "eve@example.com"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(stranger.browser()
                        .get("/organizations/" + issuer.organizationId() + "/credentials")
                        .status())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from credentials where badge_id = :b")
                        .param("b", badgeId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    UUID createBadge(Scenario.Issuer issuer, String name, String format) {
        return Scenario.badge(issuer, name, format);
    }

    UUID issue(Scenario.Issuer issuer, UUID badgeId, String name, String email) {
        return Scenario.issue(issuer, badgeId, name, email);
    }

    static Map<String, String> badgeFields(String name, String format) {
        return Scenario.badgeFields(name, format);
    }

    private static Browser.Page post(
            Browser browser, String path, Map<String, String> fields, String file, byte[] bytes) {
        String type = file.endsWith(".svg") ? "image/svg+xml" : file.endsWith(".gif") ? "image/gif" : "image/png";
        return browser.postMultipart(path, fields, "image", file, type, bytes);
    }

    private String document(UUID credentialId) {
        return jdbc.sql("select document from credentials where id = :id")
                .param("id", credentialId)
                .query(String.class)
                .single();
    }

    private String state(UUID credentialId) {
        return jdbc.sql("select state from credentials where id = :id")
                .param("id", credentialId)
                .query(String.class)
                .single();
    }

    private VerificationReport verify(String document) {
        return Verifier.builder().resolver(resolver).fetcher(fetcher).build().verify(document);
    }
}
