package dev.laurel.server.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new earner who came by the mailed link: sign-up knows their name and address, and accepting through the link
 * confirms the address it was mailed to — no "Confirm your email" afterwards. An account with another address gains
 * nothing from someone else's link.
 */
class ClaimProvesTheAddressTest extends ServerTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern SIGNUP = Pattern.compile("href=\"(/signup\\?[^\"]+)\"");

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewEarnerFromTheMailedLinkFindsSignUpFilledInAndTheirAddressConfirmedOnceAccepted() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Prefilling College");
        UUID badgeId = Scenario.badge(issuer, "Data Literacy", "di");
        String email = uniqueEmail("katherine");
        Scenario.issue(issuer, badgeId, "Katherine Johnson", email);
        String claimPath = ClaimTest.path(ClaimTest.claimLinkTo(email));

        Browser earner = new Browser(port);
        Matcher signupLink = SIGNUP.matcher(earner.get(claimPath).body());
        assertThat(signupLink.find()).isTrue();
        Browser.Page signup = earner.get(signupLink.group(1).replace("&amp;", "&"));
        assertThat(signup.body())
                .contains("value=\"Katherine Johnson\"")
                .contains("value=\"" + email + "\"")
                .contains("value=\"" + claimPath + "\"");

        earner.post(
                "/signup",
                Map.of(
                        "name", "Katherine Johnson",
                        "email", email,
                        "password", PASSWORD,
                        "confirmation", PASSWORD,
                        "continueTo", claimPath));
        earner.post("/login", Map.of("email", email, "password", PASSWORD, "continue", claimPath));
        assertThat(earner.get("/dashboard").body()).contains("Please confirm your email address");
        assertThat(verified(email)).isFalse();

        earner.post(claimPath, Map.of());

        assertThat(verified(email)).isTrue();
        assertThat(earner.get("/dashboard").body()).doesNotContain("Please confirm your email address");
    }

    @Test
    void anAccountWithAnotherAddressStaysUnconfirmedAfterAcceptingSomeoneElsesLink() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Forwarded Mail College");
        UUID badgeId = Scenario.badge(issuer, "Orbital Mechanics", "di");
        String recipient = uniqueEmail("dorothy");
        Scenario.issue(issuer, badgeId, "Dorothy Vaughan", recipient);
        String claimPath = ClaimTest.path(ClaimTest.claimLinkTo(recipient));
        String other = uniqueEmail("mary");
        Browser browser = new Browser(port);
        browser.get("/signup");
        browser.post(
                "/signup",
                Map.of("name", "Mary Jackson", "email", other, "password", PASSWORD, "confirmation", PASSWORD));
        browser.post("/login", Map.of("email", other, "password", PASSWORD));

        browser.post(claimPath, Map.of());

        assertThat(verified(other)).isFalse();
    }

    private boolean verified(String email) {
        return jdbc.sql("select email_verified_at is not null from accounts where email = :email")
                .param("email", email)
                .query(Boolean.class)
                .single();
    }
}
