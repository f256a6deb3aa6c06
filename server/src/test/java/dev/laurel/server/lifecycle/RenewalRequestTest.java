package dev.laurel.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.Images;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.issuing.LifecyclePolicy;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.ClockMoves;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The manual rule: the earner asks on {@code /c/ID/renew} within the window, with evidence checked by its bytes; the
 * issuer approves (the credential is renewed, the earner mailed) or declines with a reason (mailed too).
 */
class RenewalRequestTest extends ServerTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    LifecyclePolicies policies;

    @Autowired
    Clock clock;

    @AfterEach
    void restoreClock() {
        ClockMoves.restore(clock, jdbc);
    }

    @Test
    void theEarnerAsksWithAFileWithinTheWindowAndTheIssuerApproves() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Auditing Board");
        UUID achievement = api.createAchievement("Certified Auditor");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Grace Hopper");
        UUID credential = api.issue(achievement, earner.name(), earner.email());
        Browser browser = earner.browser();

        String renew = "/c/" + credential + "/renew";
        assertThat(browser.get(renew).body()).contains("You can ask to renew it from");
        ClockMoves.advance(port, "P700D");
        Browser.Page form = browser.get(renew);
        assertThat(form.body()).contains("Ask to renew").contains("/renewal-evidence/" + credential);

        Browser.Page sent = browser.postMultipart(
                "/renewal-evidence/" + credential, Map.of(), "file", "cpd-log.pdf", "application/pdf", PDF);
        assertThat(sent.uri().toString()).endsWith(renew + "?sent=pending");
        assertThat(sent.body()).contains("Your request was sent").contains("You asked to renew it on");

        JsonNode pending =
                api.get("/api/v1/renewal-requests?status=pending").json().get("items");
        assertThat(pending).hasSize(1);
        JsonNode request = pending.get(0);
        assertThat(request.get("credentialId").asText()).isEqualTo(credential.toString());
        assertThat(request.get("recipient").get("email").asText()).isEqualTo(earner.email());
        assertThat(request.get("evidenceFile").get("type").asText()).isEqualTo("application/pdf");
        assertThat(request.get("evidenceFile").get("name").asText()).isEqualTo("cpd-log.pdf");
        ApiCalls.Answer file = api.get(request.get("evidenceFile").get("url").asText());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(file.raw().body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));

        String id = request.get("id").asText();
        ApiCalls.Answer approved = api.post("/api/v1/renewal-requests/" + id + "/approve", (String) null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("approved");
        String renewal = approved.json().get("renewalId").asText();
        assertThat(api.get("/api/v1/credentials/" + credential)
                        .json()
                        .get("renewedBy")
                        .asText())
                .isEqualTo(renewal);
        assertThat(api.get("/api/v1/credentials/" + renewal)
                        .json()
                        .get("renews")
                        .asText())
                .isEqualTo(credential.toString());
        assertThat(api.post("/api/v1/renewal-requests/" + id + "/approve", (String) null)
                        .code())
                .isEqualTo("lifecycle.already-decided");

        MimeMessage mail = mailsTo(earner.email(), m -> Mails.subject(m).contains("was renewed"))
                .getFirst();
        assertThat(Mails.text(mail)).contains("http://localhost:" + PORT + "/c/" + renewal);
        assertThat(mail.getContent().toString()).isNotBlank();
        assertThat(browser.get(renew).body()).contains("has been renewed already");
    }

    @Test
    void evidenceIsCheckedByItsBytesAndADeclineIsMailedWithItsReason() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Declining Board");
        UUID achievement = api.createAchievement("Safety Officer");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Ada Lovelace");
        UUID credential = api.issue(achievement, earner.name(), earner.email());
        policies.save(
                new OrganizationId(api.organizationId()),
                null,
                new LifecyclePolicies.Overrides(null, null, null, null, 800, null, null, null, null, null));
        Browser browser = earner.browser();
        String upload = "/renewal-evidence/" + credential;

        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(browser.postMultipart(upload, Map.of(), "file", "cv.pdf", "application/pdf", html)
                        .uri()
                        .getQuery())
                .isEqualTo("error=type");
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        Browser.Page tooLarge = browser.postMultipart(upload, Map.of(), "file", "big.pdf", "application/pdf", large);
        assertThat(tooLarge.status())
                .as("a body over the limit fails to parse as it streams in: refused before its CSRF token is read")
                .isIn(403, 413);
        assertThat(browser.postMultipart(upload, Map.of("evidenceUrl", "javascript:alert(1)"), null, null, null, null)
                        .uri()
                        .getQuery())
                .isEqualTo("error=link");
        assertThat(jdbc.sql("select count(*) from renewal_requests where credential_id = :c")
                        .param("c", credential)
                        .query(Integer.class)
                        .single())
                .isZero();

        Browser.Page sent =
                browser.post("/c/" + credential + "/renew", Map.of("evidenceUrl", "https://cpd.example.org/ada/2026"));
        assertThat(sent.uri().getQuery()).isEqualTo("sent=pending");
        assertThat(browser.postMultipart(upload, Map.of(), "file", "x.png", "image/png", Images.png(10, 10))
                        .uri()
                        .getQuery())
                .isEqualTo("error=already-requested");
        JsonNode request = api.get("/api/v1/renewal-requests?status=pending")
                .json()
                .get("items")
                .get(0);
        assertThat(request.get("evidenceUrl").asText()).isEqualTo("https://cpd.example.org/ada/2026");
        String id = request.get("id").asText();

        ApiCalls.Answer noReason = api.post("/api/v1/renewal-requests/" + id + "/decline", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        ApiCalls.Answer declined = api.post(
                "/api/v1/renewal-requests/" + id + "/decline", "{\"reason\": \"The course is not accredited.\"}");
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().get("status").asText()).isEqualTo("declined");
        assertThat(declined.json().get("renewalId").isNull()).isTrue();
        assertThat(api.get("/api/v1/renewal-requests?status=declined").json().get("items"))
                .hasSize(1);
        assertThat(api.get("/api/v1/renewal-requests?status=lost").code()).isEqualTo("api.validation");

        MimeMessage mail = mailsTo(earner.email(), m -> Mails.subject(m).contains("declined"))
                .getFirst();
        assertThat(Mails.text(mail)).contains("The course is not accredited.").contains("/c/" + credential + "/renew");
        assertThat(browser.get("/c/" + credential + "/renew").body()).contains("Ask to renew");
    }

    @Test
    void onlyTheEarnerMayAskAndNotWhenTheIssuerOnlyReissues() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Reissuing Board");
        UUID achievement = api.createAchievement("Crane Operator");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Alan Turing");
        UUID credential = api.issue(achievement, earner.name(), earner.email());
        String renew = "/c/" + credential + "/renew";

        Browser anonymous = new Browser(port);
        assertThat(anonymous.get(renew).uri().getPath()).isEqualTo("/login");
        Scenario.Person stranger = Scenario.signUp(port, jdbc, "Mallory");
        assertThat(stranger.browser().get(renew).status()).isEqualTo(404);
        stranger.browser().get("/backpack");
        assertThat(stranger.browser()
                        .postMultipart(
                                "/renewal-evidence/" + credential, Map.of(), "file", "x.pdf", "application/pdf", PDF)
                        .status())
                .isEqualTo(404);

        policies.save(
                new OrganizationId(api.organizationId()),
                new BadgeId(achievement),
                new LifecyclePolicies.Overrides(
                        null, null, null, LifecyclePolicy.RenewalRule.REISSUE, 800, null, null, null, null, null));
        assertThat(earner.browser().get(renew).body()).contains("renews this credential itself");
        assertThat(earner.browser()
                        .post(renew, Map.of("evidenceUrl", "https://example.org/proof"))
                        .uri()
                        .getQuery())
                .isEqualTo("error=not-offered");
        assertThat(api.get("/api/v1/renewal-requests").json().get("items")).isEmpty();
    }
}
