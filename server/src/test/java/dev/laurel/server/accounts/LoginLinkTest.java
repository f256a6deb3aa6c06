package dev.laurel.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class LoginLinkTest extends ServerTest {

    /** {@code laurel.login-links.per-email}, by default. */
    static final int LINKS_PER_EMAIL = 5;

    @Autowired
    JdbcClient jdbc;

    @Test
    void mailedLinkLogsInOnceAndLandsOnTheBackpack() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Mary Somerville");
        Browser browser = new Browser(port);
        Browser.Page sent = ask(browser, earner.email());
        assertThat(sent.uri().getPath()).isEqualTo("/login/link/sent");
        assertThat(sent.body()).contains("Check your mail");

        String link = Mails.link(mailsTo(earner.email(), m -> Mails.subject(m).contains("sign-in link"))
                .get(0));
        assertThat(link).contains("/login/link/open?token=");
        String token = URI.create(link).getQuery().substring("token=".length());
        assertThat(jdbc.sql("select count(*) from account_tokens where purpose = 'login-link' and token_hash = :hash")
                        .param("hash", Tokens.hash(token))
                        .query(Long.class)
                        .single())
                .as("only the hash is stored")
                .isOne();
        assertThat(jdbc.sql("select count(*) from account_tokens where token_hash = :token")
                        .param("token", token)
                        .query(Long.class)
                        .single())
                .isZero();

        Browser.Page open = browser.get(link);
        assertThat(open.body()).contains("This link signs you in once");
        assertThat(browser.get("/backpack").uri().getPath())
                .as("opening alone logs nobody in")
                .isEqualTo("/login");
        browser.get(link);
        Browser.Page landed = browser.post("/login/link/open", Map.of("token", token));
        assertThat(landed.uri().getPath()).isEqualTo("/backpack");
        assertThat(browser.get("/dashboard").body()).contains("Mary Somerville");

        Browser other = new Browser(port);
        assertThat(other.get(link).body()).contains("This sign-in link was already used");
        other.get("/login");
        Browser.Page reused = other.post("/login/link/open", Map.of("token", token));
        assertThat(reused.body()).contains("This sign-in link was already used");
        assertThat(other.get("/backpack").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void answersTheSamePageForAnUnknownAddressAndMailsNothing() {
        String stranger = uniqueEmail("nobody");
        Browser browser = new Browser(port);
        Browser.Page sent = ask(browser, stranger);
        assertThat(sent.uri().getPath()).isEqualTo("/login/link/sent");
        assertThat(sent.body()).contains("Check your mail");
        assertThat(mailsTo(stranger, m -> true)).isEmpty();
    }

    @Test
    void sendsNoLinkToAnUnconfirmedAddress() {
        String email = uniqueEmail("unconfirmed");
        Browser owner = new Browser(port);
        owner.get("/signup");
        owner.post("/signup", SignupTest.form("Unconfirmed", email));
        ask(new Browser(port), email);
        assertThat(mailsTo(email, m -> Mails.subject(m).contains("sign-in link")))
                .isEmpty();
    }

    @Test
    void expiredAndForgedLinksGetAClearPage() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Caroline Herschel");
        Browser browser = new Browser(port);
        ask(browser, earner.email());
        String link = Mails.link(mailsTo(earner.email(), m -> Mails.subject(m).contains("sign-in link"))
                .get(0));
        jdbc.sql("update account_tokens set expires_at = now() - interval '1 minute' where purpose = 'login-link' "
                        + "and account_id = (select id from accounts where email = :email)")
                .param("email", earner.email())
                .update();
        Browser.Page expired = browser.get(link);
        assertThat(expired.status()).isEqualTo(200);
        assertThat(expired.body()).contains("This sign-in link has expired");
        browser.get("/login");
        Browser.Page used = browser.post(
                "/login/link/open", Map.of("token", URI.create(link).getQuery().substring(6)));
        assertThat(used.body()).contains("This sign-in link has expired");
        assertThat(browser.get("/backpack").uri().getPath()).isEqualTo("/login");

        Browser.Page forged = browser.get("/login/link/open?token=forged");
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.body()).contains("This sign-in link is not valid");
        assertThat(browser.get("/login/link/open").body()).contains("This sign-in link is not valid");
    }

    @Test
    void asksForOneAddressAreThrottledOnTheirOwn() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Emmy Noether");
        Browser browser = new Browser(port);
        for (int i = 0; i < LINKS_PER_EMAIL + 2; i++) {
            assertThat(ask(browser, earner.email()).body()).contains("Check your mail");
        }
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :email and kind = 'login-link'")
                        .param("email", earner.email())
                        .query(Long.class)
                        .single())
                .isEqualTo(LINKS_PER_EMAIL);
    }

    private static Browser.Page ask(Browser browser, String email) {
        browser.get("/login");
        return browser.post("/login/link", Map.of("email", email));
    }
}
