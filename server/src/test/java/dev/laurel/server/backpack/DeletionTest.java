package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.server.Browser;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.verification.CredentialVerification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DeletionTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CredentialVerification verification;

    @Test
    void deletingTheAccountErasesTheEarnerEverywhereAndTheirCredentialsStillVerify() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Erasure College");
        UUID badge = Scenario.badge(issuer, "Data Stewardship", "di");
        String name = "Hypatia " + UUID.randomUUID().toString().substring(0, 8);
        Scenario.Person earner = Scenario.signUp(port, jdbc, name);
        String work = uniqueEmail("hypatia-work");
        Browser browser = earner.browser();
        browser.get("/backpack/account");
        browser.post("/backpack/addresses", Map.of("email", work));
        browser.get(Mails.link(mailsTo(work, m -> Mails.subject(m).contains("Confirm this address"))
                .get(0)));
        UUID credential = Scenario.issue(issuer, badge, name, earner.email());
        UUID atWork = Scenario.issue(issuer, badge, name, work);
        Earners.accept(earner, credential, jdbc);
        browser.get("/backpack/collections");
        browser.post("/backpack/collections", Map.of("name", "Stewardship", "description", "What " + name + " did"));
        byte[] copy = document(credential);
        assertThat(verification.verify(copy).verified()).isTrue();
        assertThat(everyRowMentioning(earner.email())).isNotEmpty();

        browser.get("/backpack/account");
        Browser.Page refused = browser.post("/backpack/account/delete", Map.of("password", "not my password"));
        assertThat(refused.body()).contains("That is not your password");
        assertThat(everyRowMentioning(earner.email())).isNotEmpty();
        Browser.Page deleted = browser.post("/backpack/account/delete", Map.of("password", "correct horse battery"));
        assertThat(deleted.body()).contains("Your account is deleted");

        for (String trace : List.of(earner.email(), work, name)) {
            assertThat(everyRowMentioning(trace))
                    .as("rows still holding %s", trace)
                    .isEmpty();
        }
        VerificationReport report = verification.verify(copy);
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();
        assertThat(report.check(CheckId.PROOF).orElseThrow().status()).isEqualTo("passed");
        assertThat(report.check(CheckId.STATUS).orElseThrow().status()).isEqualTo("passed");

        assertThat(browser.get("/backpack").uri().getPath())
                .as("the session ended")
                .isEqualTo("/login");
        Browser again = new Browser(port);
        again.get("/login");
        assertThat(again.post("/login", Map.of("email", earner.email(), "password", "correct horse battery"))
                        .uri()
                        .getQuery())
                .isEqualTo("error");
        assertThat(new Browser(port).get("/c/" + credential).status()).isEqualTo(404);

        Browser owner = issuer.owner().browser();
        String list = owner.get("/organizations/" + issuer.organizationId() + "/credentials")
                .body();
        assertThat(list).contains("deleted earner").doesNotContain(name).doesNotContain(earner.email());
        assertThat(owner.get("/organizations/" + issuer.organizationId() + "/credentials/" + atWork)
                        .body())
                .contains("deleted earner")
                .doesNotContain(work);
        assertThat(owner.get("/organizations/" + issuer.organizationId() + "/audit")
                        .body())
                .contains("deleted their account")
                .doesNotContain(name);

        String base = "/organizations/" + issuer.organizationId() + "/credentials/" + credential;
        owner.get(base);
        owner.post(base + "/revoke", Map.of("reason", "Issued in error"));
        assertThat(verification.verify(copy).check(CheckId.STATUS).orElseThrow().status())
                .as("the issuer can still revoke it, and verifiers see it")
                .isEqualTo("failed");
    }

    @Test
    void aSignInLinkMinutesAgoConfirmsWithoutThePassword() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Sophie Germain");
        Browser browser = new Browser(port);
        browser.get("/login");
        browser.post("/login/link", Map.of("email", earner.email()));
        String link = Mails.link(mailsTo(earner.email(), m -> Mails.subject(m).contains("sign-in link"))
                .get(0));
        browser.get(link);
        browser.post(
                "/login/link/open", Map.of("token", URI.create(link).getQuery().substring("token=".length())));
        browser.get("/backpack/account");
        assertThat(browser.post("/backpack/account/delete", Map.of()).body()).contains("Your account is deleted");
        assertThat(everyRowMentioning(earner.email())).isEmpty();
    }

    @Test
    void membersOfAnOrganizationCannotDeleteFromTheBackpack() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Kept College");
        Browser browser = issuer.owner().browser();
        assertThat(browser.get("/backpack/account").body()).contains("leave it, or hand it over");
        Browser.Page refused = browser.post("/backpack/account/delete", Map.of("password", "correct horse battery"));
        assertThat(refused.body()).contains("leave it, or hand it over");
        assertThat(everyRowMentioning(issuer.owner().email())).isNotEmpty();
    }

    private byte[] document(UUID credential) {
        return jdbc.sql("select document from credentials where id = :id")
                .param("id", credential)
                .query(String.class)
                .single()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** "table: row" for every row of every table of the database whose text holds {@code trace}, in any case. */
    private List<String> everyRowMentioning(String trace) {
        List<String> found = new ArrayList<>();
        List<String> tables = jdbc.sql("select table_name from information_schema.tables "
                        + "where table_schema = current_schema() and table_type = 'BASE TABLE'")
                .query(String.class)
                .list();
        for (String table : tables) {
            found.addAll(jdbc.sql("select '" + table + ": ' || cast(t as text) from " + table
                            + " t where strpos(lower(cast(t as text)), lower(:trace)) > 0")
                    .param("trace", trace)
                    .query(String.class)
                    .list());
        }
        return found;
    }
}
