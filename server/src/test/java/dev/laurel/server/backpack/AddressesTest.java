package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AddressesTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCredentialIssuedToAFurtherConfirmedAddressLandsInTheBackpack() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Second Address College");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Two Addresses");
        String work = uniqueEmail("work");
        UUID credential = Scenario.issue(issuer, Scenario.badge(issuer, "Second Wind", "di"), earner.name(), work);
        Browser browser = earner.browser();
        assertThat(browser.get("/backpack").body()).doesNotContain("Second Wind");

        browser.get("/backpack/account");
        Browser.Page sent = browser.post("/backpack/addresses", Map.of("email", work));
        assertThat(sent.body())
                .contains("We sent a confirmation link to " + work)
                .contains("waiting for confirmation");
        assertThat(browser.get("/backpack").body()).as("not confirmed yet").doesNotContain("Second Wind");
        assertThat(browser.post("/backpack/" + credential + "/accept", Map.of()).body())
                .contains("cannot be accepted from here");

        String link = Mails.link(mailsTo(work, m -> Mails.subject(m).contains("Confirm this address"))
                .get(0));
        assertThat(new Browser(port).get(link).body()).contains("Address confirmed");
        assertThat(new Browser(port).get(link).body()).as("used once").contains("This link is not valid");
        assertThat(browser.get("/backpack").body()).contains("Second Wind").contains(work);
        Earners.accept(earner, credential, jdbc);

        Scenario.Person other = Scenario.signUp(port, jdbc, "Address Thief");
        other.browser().get("/backpack/account");
        assertThat(other.browser()
                        .post("/backpack/addresses", Map.of("email", work))
                        .body())
                .contains("That address already belongs to an account.");
        assertThat(other.browser()
                        .post("/backpack/addresses", Map.of("email", earner.email()))
                        .body())
                .contains("That address already belongs to an account.");
    }
}
