package dev.laurel.server;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Quick ways into the application for feature tests: a signed-up person, an organization they own. */
public final class Scenario {

    private Scenario() {}

    /** A person and their logged-in browser. */
    public record Person(Browser browser, String email, String name) {}

    /** An organization owned by {@code owner}. */
    public record Issuer(Person owner, UUID organizationId) {}

    /** Signs up through the pages; the address is confirmed directly in the database. */
    public static Person signUp(int port, JdbcClient jdbc, String name) {
        String email = ServerTest.uniqueEmail(name.toLowerCase().replace(' ', '-'));
        Browser browser = new Browser(port);
        browser.get("/signup");
        browser.post(
                "/signup",
                Map.of(
                        "name",
                        name,
                        "email",
                        email,
                        "password",
                        "correct horse battery",
                        "confirmation",
                        "correct horse battery"));
        jdbc.sql("update accounts set email_verified_at = now() where email = :email")
                .param("email", email)
                .update();
        return new Person(browser, email, name);
    }

    /** Signs up and creates an organization through the pages. */
    public static Issuer issuer(int port, JdbcClient jdbc, String organizationName) {
        Person owner = signUp(port, jdbc, "Owner of " + organizationName);
        owner.browser().get("/organizations/new");
        Browser.Page page = owner.browser()
                .post(
                        "/organizations",
                        Map.of(
                                "name",
                                organizationName,
                                "url",
                                "https://example.edu",
                                "email",
                                "badges@example.edu",
                                "description",
                                organizationName + " issues badges."));
        String path = page.uri().getPath();
        if (!path.startsWith("/organizations/")) {
            throw new AssertionError("organization not created: " + page.status() + " " + path);
        }
        return new Issuer(owner, UUID.fromString(path.substring("/organizations/".length())));
    }
}
