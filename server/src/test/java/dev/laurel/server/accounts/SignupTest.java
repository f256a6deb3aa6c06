package dev.laurel.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Mails;
import dev.laurel.server.ServerTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SignupTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void signsUpLogsInAndConfirmsTheAddressFromTheMail() throws Exception {
        String email = uniqueEmail("ada");
        Browser browser = new Browser(port);
        browser.get("/signup");
        Browser.Page sent = browser.post(
                "/signup",
                Map.of(
                        "name",
                        "Ada Lovelace",
                        "email",
                        email,
                        "password",
                        "correct horse battery",
                        "confirmation",
                        "correct horse battery"));
        assertThat(sent.uri().getPath()).isEqualTo("/signup/sent");
        assertThat(sent.body()).contains("Check your mail");
        Browser.Page dashboard = browser.post("/login", Map.of("email", email, "password", "correct horse battery"));
        assertThat(dashboard.uri().getPath()).isEqualTo("/dashboard");
        assertThat(dashboard.body()).contains("Hello, Ada Lovelace").contains("Please confirm your email address");

        String link = Mails.link(
                mailsTo(email, m -> subject(m).contains("Confirm your email")).get(0));
        assertThat(browser.get(link).body()).contains("Address confirmed");
        assertThat(browser.get(link).body()).contains("already used");
        assertThat(browser.get("/dashboard").body()).doesNotContain("Please confirm your email address");
        String hash = jdbc.sql("select password_hash from accounts where email = :e")
                .param("e", email)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$argon2id$");
    }

    @Test
    void explainsEveryInvalidFieldAndCreatesNothing() {
        Browser browser = new Browser(port);
        browser.get("/signup");
        Browser.Page page = browser.post(
                "/signup", Map.of("name", "", "email", "not-an-address", "password", "short", "confirmation", "other"));
        assertThat(page.body())
                .contains("Enter your name.")
                .contains("This is not an email address.")
                .contains("Use between 12 and 200 characters.")
                .contains("The two passwords are not the same.");
        assertThat(jdbc.sql("select count(*) from accounts where email = 'not-an-address'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void signingUpWithAnExistingAddressAnswersLikeANewOneAndMailsItsOwner() {
        String existing = uniqueEmail("grace");
        Browser owner = new Browser(port);
        owner.get("/signup");
        owner.post("/signup", form("Grace", existing));

        Browser.Page forNew = signUpAnew("Someone", uniqueEmail("someone"));
        Browser.Page forExisting = signUpAnew("Grace Again", existing.toUpperCase());
        assertThat(forExisting.status()).isEqualTo(forNew.status()).isEqualTo(200);
        assertThat(forExisting.uri().getPath())
                .isEqualTo(forNew.uri().getPath())
                .isEqualTo("/signup/sent");
        assertThat(withoutCsrf(forExisting.body())).isEqualTo(withoutCsrf(forNew.body()));
        assertThat(forExisting.body()).doesNotContain("There is already an account");

        List<MimeMessage> told =
                mailsTo(existing, m -> subject(m).contains("Someone tried to create a Laurel account"));
        assertThat(told).hasSize(1);
        assertThat(Mails.text(told.get(0)))
                .contains("You already have one")
                .contains("http://localhost:" + PORT + "/login");
        assertThat(jdbc.sql("select count(*) from accounts where lower(email) = lower(:e)")
                        .param("e", existing)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("select display_name from accounts where lower(email) = lower(:e)")
                        .param("e", existing)
                        .query(String.class)
                        .single())
                .isEqualTo("Grace");
    }

    @Test
    void signUpsForOneAddressAreThrottledAndStillAnsweredAlike() {
        String existing = uniqueEmail("mailbombed");
        Browser owner = new Browser(port);
        owner.get("/signup");
        owner.post("/signup", form("Target", existing));
        for (int i = 0; i < 5; i++) {
            assertThat(signUpAnew("Spammer " + i, existing).uri().getPath()).isEqualTo("/signup/sent");
        }
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :e and kind = 'signup-existing'")
                        .param("e", existing)
                        .query(Long.class)
                        .single())
                .as("laurel.signup.per-email is 3, the first sign-up included")
                .isEqualTo(2);
    }

    private Browser.Page signUpAnew(String name, String email) {
        Browser browser = new Browser(port);
        browser.get("/signup");
        return browser.post("/signup", form(name, email));
    }

    private static String withoutCsrf(String body) {
        return body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    @Test
    void throttlesRepeatedFailedLogins() {
        String email = uniqueEmail("alan");
        Browser owner = new Browser(port);
        owner.get("/signup");
        owner.post("/signup", form("Alan", email));
        Browser attacker = new Browser(port);
        for (int i = 0; i < 5; i++) {
            attacker.get("/login");
            assertThat(attacker.post("/login", Map.of("email", email, "password", "wrong password " + i))
                            .uri()
                            .getQuery())
                    .isEqualTo("error");
        }
        attacker.get("/login");
        Browser.Page locked = attacker.post("/login", Map.of("email", email, "password", "correct horse battery"));
        assertThat(locked.uri().getQuery()).isEqualTo("locked");
        assertThat(locked.body()).contains("Too many failed attempts");
    }

    @Test
    void answersAnUnknownOrExpiredLinkWithAClearPage() {
        Browser browser = new Browser(port);
        assertThat(browser.get("/accounts/verify-email?token=forged").body()).contains("This link is not valid");
        assertThat(browser.get("/accounts/verify-email").body()).contains("This link is not valid");
    }

    static Map<String, String> form(String name, String email) {
        return Map.of(
                "name",
                name,
                "email",
                email,
                "password",
                "correct horse battery",
                "confirmation",
                "correct horse battery");
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    static List<MimeMessage> none() {
        return List.of();
    }
}
