package dev.laurel.server;

import java.util.LinkedHashMap;
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
        // Sign-up answers "check your mail" and logs nobody in: log in with the password.
        browser.post("/login", Map.of("email", email, "password", "correct horse battery"));
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

    /** Designs a badge through the pages, with a 128 × 128 PNG image; {@code format} is {@code di} or {@code jwt}. */
    public static UUID badge(Issuer issuer, String name, String format) {
        return badge(issuer, name, format, "badge.png", Images.png(128, 128));
    }

    /** Designs a badge through the pages, with the given PNG or SVG image. */
    public static UUID badge(Issuer issuer, String name, String format, String fileName, byte[] image) {
        Browser browser = issuer.owner().browser();
        String path = "/organizations/" + issuer.organizationId() + "/badges";
        browser.get(path + "/new");
        Browser.Page page = browser.postMultipart(
                path,
                badgeFields(name, format),
                "image",
                fileName,
                fileName.endsWith(".svg") ? "image/svg+xml" : "image/png",
                image);
        String at = page.uri().getPath();
        if (!at.startsWith(path + "/")) {
            throw new AssertionError("badge not created: " + page.status() + " " + at);
        }
        return UUID.fromString(at.substring(at.lastIndexOf('/') + 1));
    }

    /** Issues the badge through the pages, with a narrative and one evidence link; returns the credential's id. */
    public static UUID issue(Issuer issuer, UUID badgeId, String name, String email) {
        Browser browser = issuer.owner().browser();
        String path = "/organizations/" + issuer.organizationId() + "/badges/" + badgeId + "/issue";
        browser.get(path);
        Browser.Page page = browser.post(
                path,
                Map.of(
                        "recipientName",
                        name,
                        "recipientEmail",
                        email,
                        "issueDate",
                        "",
                        "narrative",
                        "Led the team project.",
                        "evidence",
                        "https://example.edu/projects/42"));
        String at = page.uri().getPath();
        if (!at.contains("/credentials/")) {
            throw new AssertionError("credential not issued: " + page.status() + " " + at);
        }
        return UUID.fromString(at.substring(at.lastIndexOf('/') + 1));
    }

    /** The badge form's fields: criteria, tags, skills, one alignment, credits and a validity of 24 months. */
    public static Map<String, String> badgeFields(String name, String format) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", "Recognizes " + name.toLowerCase() + ".");
        fields.put("criteriaNarrative", "Complete the course with a passing grade.");
        fields.put("criteriaUrl", "");
        fields.put("achievementType", "Badge");
        fields.put("tags", "collaboration");
        fields.put("skills", "Teamwork, Communication");
        fields.put("alignments", "ESCO ; S1.8 ; Teamwork ; https://esco.example/skills/teamwork");
        fields.put("creditsAvailable", "1.5");
        fields.put("validityMonths", "24");
        fields.put("proofFormat", format);
        return fields;
    }
}
