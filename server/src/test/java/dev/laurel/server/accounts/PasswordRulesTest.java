package dev.laurel.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.ServerTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every place a password is chosen refuses the 10,000 most common ones, in any case, and any under 12 characters. */
class PasswordRulesTest extends ServerTest {

    static final String COMMON = "This is one of the 10,000 most common passwords";
    static final String LENGTH = "Use between 12 and 200 characters.";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordSetup setup;

    @Test
    void signUpRefusesACommonPasswordInAnyCaseAndOneUnderTwelveCharacters() {
        String email = uniqueEmail("common");
        assertThat(signUp(email, "ScandinaviaN").body()).contains(COMMON);
        assertThat(signUp(email, "elevenchars").body()).contains(LENGTH);
        assertThat(jdbc.sql("select count(*) from accounts where email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(signUp(email, "scandinavian spring").uri().getPath()).isNotEqualTo("/signup");
    }

    @Test
    void aSetPasswordLinkRefusesACommonPasswordAndOneUnderTwelveCharacters() {
        String link = setup.link(setup.accountFor(uniqueEmail("invited"), "Invited"));
        String token = URI.create(link).getQuery().substring("token=".length());
        Browser browser = new Browser(port);
        browser.get(link);
        assertThat(browser.post(
                                "/accounts/set-password",
                                Map.of("token", token, "password", "Unbelievable", "confirmation", "Unbelievable"))
                        .body())
                .contains(COMMON);
        assertThat(browser.post(
                                "/accounts/set-password",
                                Map.of("token", token, "password", "elevenchars", "confirmation", "elevenchars"))
                        .body())
                .contains(LENGTH);
        assertThat(setup.valid(token)).as("the link is still unused").isPresent();
    }

    private Browser.Page signUp(String email, String password) {
        Browser browser = new Browser(port);
        browser.get("/signup");
        return browser.post(
                "/signup", Map.of("name", "Common", "email", email, "password", password, "confirmation", password));
    }
}
