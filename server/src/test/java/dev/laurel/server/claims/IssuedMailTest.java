package dev.laurel.server.claims;

import static dev.laurel.server.claims.ClaimTest.claimLink;
import static dev.laurel.server.claims.ClaimTest.parts;
import static dev.laurel.server.claims.ClaimTest.subject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.organizations.OrganizationId;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The issued mail works like Credly's: in the issuer's name, with the badge image, the issuer's message, a "View and
 * share" button and LinkedIn's "Add to profile" link filled in; and the issuer can send it again while the earner has
 * not accepted — one from the credential's page, a selection from the list, or through the API.
 */
class IssuedMailTest extends ServerTest {

    static final String LINKEDIN = "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    LifecyclePolicies policies;

    @Test
    void theIssuedMailComesInTheIssuersNameWithItsMessageAndAnAddToLinkedInLink() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Credly-like Board");
        UUID badgeId = Scenario.badge(issuer, "Certified Planner", "di");
        policies.save(
                new OrganizationId(issuer.organizationId()),
                new BadgeId(badgeId),
                new LifecyclePolicies.Overrides(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Well done, **planner**!\n\nRead [the handbook](https://example.edu/handbook). <b>no</b>"));
        String email = uniqueEmail("grace");
        UUID credentialId = Scenario.issue(issuer, badgeId, "Grace Hopper", email);

        MimeMessage mail =
                mailsTo(email, m -> subject(m).startsWith("You have earned")).getFirst();
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Credly-like Board via Laurel");
        Map<String, String> parts = parts(mail);
        String html = parts.get("text/html");
        String text = parts.get("text/plain");
        String base = "http://localhost:" + PORT;
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String linkedIn = LINKEDIN + "&name=Certified%20Planner&organizationName=Credly-like%20Board"
                + "&issueYear=" + now.getYear() + "&issueMonth=" + now.getMonthValue()
                + "&expirationYear=" + now.plusMonths(24).getYear() + "&expirationMonth="
                + now.plusMonths(24).getMonthValue()
                + "&certUrl=" + java.net.URLEncoder.encode(base + "/c/" + credentialId, "UTF-8")
                + "&certId=" + credentialId;
        assertThat(text).contains(linkedIn);
        assertThat(html)
                .contains(linkedIn.replace("&", "&amp;"))
                .contains("Add to LinkedIn profile")
                .contains("View and share")
                .contains(claimLink(text))
                .contains(base + "/badges/" + badgeId + "/image")
                .contains("Well done, <strong>planner</strong>!")
                .contains("<a href=\"https://example.edu/handbook\"")
                .contains("&lt;b&gt;no&lt;/b&gt;")
                .doesNotContain("<b>no</b>");
        assertThat(text).contains("Well done, planner!").contains("Read the handbook (https://example.edu/handbook).");
    }

    @Test
    void theIssuerResendsTheMailForOneCredentialOrASelectionWithNewClaimLinks() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Resending Board");
        UUID badgeId = Scenario.badge(issuer, "Safety Lead", "di");
        String first = uniqueEmail("first");
        String second = uniqueEmail("second");
        UUID one = Scenario.issue(issuer, badgeId, "First Earner", first);
        UUID two = Scenario.issue(issuer, badgeId, "Second Earner", second);
        String firstLink = claimLink(parts(mailsTo(first, m -> true).getFirst()).get("text/plain"));
        Browser owner = issuer.owner().browser();
        String credentials = "/organizations/" + issuer.organizationId() + "/credentials";

        Browser.Page page = owner.get(credentials + "/" + one);
        assertThat(page.body()).contains("id=\"resend\"");
        Browser.Page resent =
                owner.post(credentials + "/resend", Map.of("credential", one.toString(), "back", "credential"));
        assertThat(resent.uri().getPath()).isEqualTo(credentials + "/" + one);
        assertThat(resent.body()).contains("The issued mail was sent again");
        List<MimeMessage> toFirst = waitFor(first, 2);
        String secondLink = claimLink(parts(toFirst.get(1)).get("text/plain"));
        assertThat(secondLink).isNotEqualTo(firstLink);
        assertThat(new Browser(port).get(secondLink).body()).contains("Safety Lead");
        assertThat(new Browser(port).get(firstLink).body())
                .as("earlier links keep working")
                .contains("Safety Lead");

        String list = owner.get(credentials).body();
        assertThat(list).contains("value=\"" + one + "\"").contains("value=\"" + two + "\"");
        Browser.Page selection = owner.postForm(
                credentials + "/resend",
                List.of(Map.entry("credential", one.toString()), Map.entry("credential", two.toString())));
        assertThat(selection.uri().getPath()).isEqualTo(credentials);
        assertThat(selection.body()).contains("sent again to 2 earners");
        waitFor(first, 3);
        waitFor(second, 2);
    }

    @Test
    void theApiResendsOnlyWhileTheEarnerHasNotAccepted() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "API Resending Board");
        UUID achievement = api.createAchievement("Crane Operator", "di");
        String email = uniqueEmail("crane");
        UUID id = api.issue(achievement, "Ada Crane", email);
        waitFor(email, 1);

        ApiCalls.Answer resent = api.post("/api/v1/credentials/" + id + "/resend", (String) null);
        assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
        assertThat(resent.json().get("claim").asText()).isEqualTo("pending");
        waitFor(email, 2);

        jdbc.sql("update credentials set claim = 'declined' where id = :id")
                .param("id", id)
                .update();
        ApiCalls.Answer refused = api.post("/api/v1/credentials/" + id + "/resend", (String) null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("claims.not-pending");
        assertThat(api.post("/api/v1/credentials/" + UUID.randomUUID() + "/resend", (String) null)
                        .code())
                .isEqualTo("api.not-found");
    }

    private static List<MimeMessage> waitFor(String email, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<MimeMessage> found = mailsTo(email, m -> subject(m).startsWith("You have earned"));
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = mailsTo(email, m -> subject(m).startsWith("You have earned"));
        }
        assertThat(found).hasSize(count);
        return found;
    }
}
