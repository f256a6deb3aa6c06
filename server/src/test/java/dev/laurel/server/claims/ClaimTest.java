package dev.laurel.server.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.accounts.LaurelUser;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class ClaimTest extends ServerTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Claiming claiming;

    @Autowired
    ApplicationEvents events;

    @Test
    void mailsTheEarnerOnceWithBothPartsAndAWorkingClaimLink() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Mailing University");
        UUID badgeId = Scenario.badge(issuer, "Teamwork", "di");
        String email = uniqueEmail("ada");
        UUID credentialId = Scenario.issue(issuer, badgeId, "Ada Lovelace", email);

        MimeMessage mail = mailsTo(email, m -> subject(m).equals("You have earned “Teamwork” from Mailing University"))
                .get(0);
        Thread.sleep(800);
        assertThat(mailsTo(email, m -> true)).hasSize(1);
        Map<String, String> parts = parts(mail);
        assertThat(parts).containsKeys("text/plain", "text/html");
        String base = "http://localhost:" + PORT;
        String link = claimLink(parts.get("text/plain"));
        assertThat(parts.get("text/html"))
                .contains(link)
                .contains("View and share")
                .contains(base + "/badges/" + badgeId + "/image")
                .contains(base + "/c/" + credentialId)
                .contains("Recognizes teamwork.")
                .contains("Congratulations, Ada Lovelace!")
                .contains("Mailing University has awarded you “Teamwork”.");
        assertThat(parts.get("text/plain"))
                .contains(base + "/c/" + credentialId)
                .contains("Recognizes teamwork.")
                .contains("90 days");

        Browser.Page claim = new Browser(port).get(link);
        assertThat(claim.status()).isEqualTo(200);
        assertThat(claim.body())
                .contains("Teamwork")
                .contains("Issued by Mailing University")
                .contains("Awarded to Ada Lovelace")
                .contains("Create an account")
                .contains("/signup?continue=" + path(link))
                .contains("/login?continue=" + path(link))
                .doesNotContain("Accept into my backpack");
    }

    @Test
    void aNewEarnerSignsUpThroughTheLinkComesBackAcceptsAndFindsItInTheBackpack() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Welcoming College");
        UUID badgeId = Scenario.badge(issuer, "Public Speaking", "di");
        String email = uniqueEmail("grace");
        UUID credentialId = Scenario.issue(issuer, badgeId, "Grace Hopper", email);
        String claimPath = path(claimLinkTo(email));

        Browser earner = new Browser(port);
        Browser.Page signup = earner.get("/signup?continue=" + claimPath);
        assertThat(signup.body()).contains("value=\"" + claimPath + "\"");
        Browser.Page back = earner.post(
                "/signup",
                Map.of(
                        "name",
                        "Grace Hopper",
                        "email",
                        email,
                        "password",
                        PASSWORD,
                        "confirmation",
                        PASSWORD,
                        "continueTo",
                        claimPath));
        assertThat(back.uri().getPath()).isEqualTo("/signup/sent");
        back = earner.post("/login", Map.of("email", email, "password", PASSWORD, "continue", claimPath));
        assertThat(back.uri().getPath()).isEqualTo(claimPath);
        assertThat(back.body()).contains("Accept into my backpack");

        Browser.Page backpack = earner.post(claimPath, Map.of());
        assertThat(backpack.uri().getPath()).isEqualTo("/backpack");
        assertThat(backpack.body())
                .contains("“Public Speaking” is in your backpack.")
                .contains("Welcoming College")
                .contains("/c/" + credentialId);
        assertThat(acceptor(credentialId)).isEqualTo(accountId(email));

        Browser.Page again = earner.post(claimPath, Map.of());
        assertThat(again.uri().getPath()).isEqualTo("/backpack");
        assertThat(again.body()).contains("“Public Speaking” is in your backpack.");
        assertThat(earner.get(claimPath).body()).contains("It is in your backpack");
        assertThat(jdbc.sql("select count(*) from claims where credential_id = :id and claimed_by is not null")
                        .param("id", credentialId)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void anExistingEarnerLogsInThroughTheLinkAndComesBack() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Returning Institute");
        UUID badgeId = Scenario.badge(issuer, "Chemistry", "jwt");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Marie Curie");
        UUID credentialId = Scenario.issue(issuer, badgeId, earner.name(), earner.email());
        String claimPath = path(claimLinkTo(earner.email()));

        Browser browser = new Browser(port);
        Browser.Page login = browser.get("/login?continue=" + claimPath);
        assertThat(login.body()).contains("name=\"continue\" value=\"" + claimPath + "\"");
        Browser.Page wrong = browser.post(
                "/login", Map.of("email", earner.email(), "password", "wrong password", "continue", claimPath));
        assertThat(wrong.body()).contains("Wrong email or password.").contains("value=\"" + claimPath + "\"");
        Browser.Page back =
                browser.post("/login", Map.of("email", earner.email(), "password", PASSWORD, "continue", claimPath));
        assertThat(back.uri().getPath()).isEqualTo(claimPath);
        assertThat(back.body()).contains("Accept into my backpack");

        assertThat(browser.post(claimPath, Map.of()).body()).contains("“Chemistry” is in your backpack.");
        assertThat(acceptor(credentialId)).isEqualTo(accountId(earner.email()));
    }

    @Test
    void aLoginWithoutContinueStillGoesToTheDashboardAndAForeignContinueIsIgnored() {
        Scenario.Person person = Scenario.signUp(port, jdbc, "Plain Login");
        Browser browser = new Browser(port);
        browser.get("/login");
        assertThat(browser.post("/login", Map.of("email", person.email(), "password", PASSWORD))
                        .uri()
                        .getPath())
                .isEqualTo("/dashboard");
        Browser other = new Browser(port);
        other.get("/login");
        Browser.Page page = other.post(
                "/login", Map.of("email", person.email(), "password", PASSWORD, "continue", "https://evil.example/"));
        assertThat(page.uri().getPath()).isEqualTo("/dashboard");
        assertThat(page.uri().getHost()).isEqualTo("localhost");
    }

    @Test
    void aLinkAcceptedByAnotherAccountSaysSoAndOffersNothing() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Contested School");
        UUID badgeId = Scenario.badge(issuer, "Leadership", "di");
        Scenario.Person first = Scenario.signUp(port, jdbc, "First Earner");
        UUID credentialId = Scenario.issue(issuer, badgeId, first.name(), first.email());
        String claimPath = path(claimLinkTo(first.email()));
        first.browser().get(claimPath);
        first.browser().post(claimPath, Map.of());

        Scenario.Person second = Scenario.signUp(port, jdbc, "Second Earner");
        Browser.Page taken = second.browser().get(claimPath);
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.body())
                .contains("Another account accepted this credential")
                .contains("write to Contested School")
                .doesNotContain("Accept into my backpack");
        assertThat(second.browser().post(claimPath, Map.of()).body())
                .contains("Another account accepted this credential");
        assertThat(new Browser(port).get(claimPath).body())
                .contains("This credential was already accepted")
                .contains("/login?continue=" + claimPath);
        assertThat(acceptor(credentialId)).isEqualTo(accountId(first.email()));
    }

    @Test
    void anExpiredLinkExplainsWhatToDo() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Patient Academy");
        UUID badgeId = Scenario.badge(issuer, "Patience", "di");
        String email = uniqueEmail("late");
        UUID credentialId = Scenario.issue(issuer, badgeId, "Late Earner", email);
        String claimPath = path(claimLinkTo(email));
        jdbc.sql("update claims set expires_at = now() - interval '1 day' where credential_id = :id")
                .param("id", credentialId)
                .update();

        Scenario.Person late = Scenario.signUp(port, jdbc, "Late Earner");
        Browser.Page expired = late.browser().get(claimPath);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body())
                .contains("This link has expired")
                .contains("work for 90 days")
                .contains("ask Patient Academy to send it again")
                .doesNotContain("Accept into my backpack");
        assertThat(late.browser().post(claimPath, Map.of()).body()).contains("This link has expired");
        assertThat(acceptor(credentialId)).isNull();
    }

    @Test
    void aForgedLinkGetsAClearPageNotAnError() {
        Browser browser = new Browser(port);
        for (String token : List.of("forged-token", "x".repeat(400))) {
            Browser.Page page = browser.get("/claim/" + token);
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.body()).contains("This link is not valid").doesNotContain("Page not found");
        }
        Scenario.Person person = Scenario.signUp(port, jdbc, "Forger");
        assertThat(person.browser().get("/claim/forged-token").body()).contains("This link is not valid");
        assertThat(person.browser().post("/claim/forged-token", Map.of()).body())
                .contains("This link is not valid");
    }

    @Test
    void aRevokedCredentialsLinkSaysItWasRevoked() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Strict University");
        UUID badgeId = Scenario.badge(issuer, "Integrity", "di");
        String email = uniqueEmail("revoked");
        UUID credentialId = Scenario.issue(issuer, badgeId, "Revoked Earner", email);
        String claimPath = path(claimLinkTo(email));
        revoke(issuer, credentialId, "Issued in error");

        Browser.Page page = new Browser(port).get(claimPath);
        assertThat(page.body())
                .contains("This credential was revoked")
                .contains("Strict University revoked this credential")
                .contains("Reason given: Issued in error")
                .doesNotContain("Create an account");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Revoked Earner");
        assertThat(earner.browser().post(claimPath, Map.of()).body()).contains("This credential was revoked");
        assertThat(acceptor(credentialId)).isNull();
    }

    @Test
    void theBackpackOffersCredentialsIssuedToAConfirmedAddress() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Generous Foundation");
        UUID badgeId = Scenario.badge(issuer, "Volunteering", "di");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Waiting Earner");
        UUID credentialId = Scenario.issue(issuer, badgeId, earner.name(), earner.email());

        Browser.Page backpack = earner.browser().get("/backpack");
        assertThat(backpack.body())
                .contains("New credentials for you")
                .contains("Volunteering")
                .contains("/backpack/" + credentialId + "/accept");
        Browser.Page accepted = earner.browser().post("/backpack/" + credentialId + "/accept", Map.of());
        assertThat(accepted.body())
                .contains("Accepted: it is in your backpack.")
                .doesNotContain("New credentials for you");
        assertThat(acceptor(credentialId)).isEqualTo(accountId(earner.email()));

        Scenario.Person unconfirmed = Scenario.signUp(port, jdbc, "Unconfirmed Earner");
        jdbc.sql("update accounts set email_verified_at = null where email = :email")
                .param("email", unconfirmed.email())
                .update();
        UUID other = Scenario.issue(issuer, badgeId, unconfirmed.name(), unconfirmed.email());
        Browser.Page hidden = unconfirmed.browser().get("/backpack");
        assertThat(hidden.body()).contains("Confirm your email address").doesNotContain("/c/" + other);
        assertThat(unconfirmed
                        .browser()
                        .post("/backpack/" + other + "/accept", Map.of())
                        .body())
                .contains("cannot be accepted from here");
        assertThat(earner.browser()
                        .post("/backpack/" + other + "/accept", Map.of())
                        .body())
                .contains("cannot be accepted from here");
        assertThat(acceptor(other)).isNull();
    }

    @Test
    void acceptingPublishesCredentialClaimedOnce() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Eventful College");
        UUID badgeId = Scenario.badge(issuer, "Events", "di");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Event Earner");
        UUID credentialId = Scenario.issue(issuer, badgeId, earner.name(), earner.email());
        String token = path(claimLinkTo(earner.email())).substring("/claim/".length());
        LaurelUser user = new LaurelUser(accountId(earner.email()), earner.email(), earner.name(), true, "", false);

        assertThat(claiming.accept(token, user).status()).isEqualTo(Claiming.Status.YOURS);
        assertThat(claiming.accept(token, user).status()).isEqualTo(Claiming.Status.YOURS);
        assertThat(events.stream(CredentialClaimed.class))
                .containsExactly(new CredentialClaimed(credentialId, issuer.organizationId(), user.accountId()));
    }

    private void revoke(Scenario.Issuer issuer, UUID credentialId, String reason) {
        String base = "/organizations/" + issuer.organizationId() + "/credentials/" + credentialId;
        issuer.owner().browser().get(base);
        assertThat(issuer.owner()
                        .browser()
                        .post(base + "/revoke", Map.of("reason", reason))
                        .body())
                .contains("Revoked.");
    }

    private UUID acceptor(UUID credentialId) {
        return jdbc.sql("select claimed_by from claims where credential_id = :id and claimed_by is not null")
                .param("id", credentialId)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private UUID accountId(String email) {
        return jdbc.sql("select id from accounts where email = :email")
                .param("email", email)
                .query(UUID.class)
                .single();
    }

    static String claimLinkTo(String email) {
        MimeMessage mail =
                mailsTo(email, m -> subject(m).startsWith("You have earned")).get(0);
        try {
            return claimLink(parts(mail).get("text/plain"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String claimLink(String text) {
        Matcher link =
                Pattern.compile("http://localhost:\\d+/claim/[A-Za-z0-9_-]{43}").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group();
    }

    static String path(String url) {
        return java.net.URI.create(url).getPath();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    /** The text parts of a mail by media type (text/plain, text/html), however deeply nested. */
    static Map<String, String> parts(Part part) throws Exception {
        Map<String, String> found = new LinkedHashMap<>();
        if (part.isMimeType("text/*")) {
            found.put(part.getContentType().split(";")[0].strip().toLowerCase(), (String) part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                parts(body).forEach(found::putIfAbsent);
            }
        }
        return found;
    }
}
