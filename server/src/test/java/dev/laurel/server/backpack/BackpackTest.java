package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class BackpackTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void offersWhatWasIssuedToTheEarnerWhoAcceptsOneAndDeclinesTheOther() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Offering University");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Ada Offered");
        UUID kept = Scenario.issue(issuer, Scenario.badge(issuer, "Algebra", "di"), earner.name(), earner.email());
        UUID declined =
                Scenario.issue(issuer, Scenario.badge(issuer, "Geometry", "jwt"), earner.name(), earner.email());
        UUID someoneElses = Scenario.issue(
                issuer, Scenario.badge(issuer, "Calculus", "di"), "Someone Else", uniqueEmail("someone"));

        assertThat(earner.browser().get("/dashboard").body())
                .as("every page's navigation leads to the backpack")
                .contains("href=\"/backpack\"");
        Browser.Page backpack = earner.browser().get("/backpack");
        assertThat(backpack.body())
                .contains("New credentials for you")
                .contains("Algebra")
                .contains("Geometry")
                .doesNotContain("Calculus")
                .contains("/backpack/" + kept + "/accept")
                .contains("/backpack/" + declined + "/decline");

        Earners.accept(earner, kept, jdbc);
        Browser.Page after = earner.browser().post("/backpack/" + declined + "/decline", Map.of());
        assertThat(after.body())
                .contains("Declined: it is no longer offered to you.")
                .contains("Your credentials")
                .contains("1 of 1 shown")
                .doesNotContain("New credentials for you")
                .doesNotContain("Geometry");
        assertThat(earner.browser()
                        .post("/backpack/" + declined + "/decline", Map.of())
                        .body())
                .contains("That credential is not offered to you.");
        assertThat(earner.browser()
                        .post("/backpack/" + someoneElses + "/accept", Map.of())
                        .body())
                .contains("That credential cannot be accepted from here.");
        assertThat(earner.browser()
                        .post("/backpack/" + declined + "/accept", Map.of())
                        .body())
                .as("a declined credential can still be accepted with its address")
                .contains("Accepted: it is in your backpack.");
        assertThat(Earners.items(jdbc, earner.email())).isEqualTo(2);
    }

    @Test
    void filtersByIssuerSkillAndStatusAndSortsByDate() {
        Scenario.Issuer first = Scenario.issuer(port, jdbc, "Filtering College");
        Scenario.Issuer second = Scenario.issuer(port, jdbc, "Sorting Institute");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Grace Filtered");
        UUID old = Scenario.issue(first, Scenario.badge(first, "Old Badge", "di"), earner.name(), earner.email());
        jdbc.sql("update credentials set issued_at = issued_at - interval '400 days' where id = :id")
                .param("id", old)
                .update();
        UUID revoked =
                Scenario.issue(second, Scenario.badge(second, "Revoked Badge", "di"), earner.name(), earner.email());
        UUID recent =
                Scenario.issue(second, Scenario.badge(second, "Recent Badge", "jwt"), earner.name(), earner.email());
        for (UUID id : new UUID[] {old, revoked, recent}) {
            Earners.accept(earner, id, jdbc);
        }
        String path = "/organizations/" + second.organizationId() + "/credentials/" + revoked;
        second.owner().browser().get(path);
        second.owner().browser().post(path + "/revoke", Map.of("reason", "Issued in error"));

        String all = earner.browser().get("/backpack").body();
        assertThat(all).contains("3 of 3 shown");
        assertThat(all.indexOf("Recent Badge")).isLessThan(all.indexOf("Old Badge"));
        String oldest = earner.browser().get("/backpack?sort=oldest").body();
        assertThat(oldest.indexOf("Old Badge")).isLessThan(oldest.indexOf("Recent Badge"));

        String bySecond =
                earner.browser().get("/backpack?issuer=Sorting+Institute").body();
        assertThat(bySecond).contains("2 of 3 shown").contains("Recent Badge").doesNotContain("Old Badge</a>");
        String revokedOnly = earner.browser().get("/backpack?status=revoked").body();
        assertThat(revokedOnly).contains("1 of 3 shown").contains("Revoked Badge</a>");
        String active = earner.browser().get("/backpack?status=active").body();
        assertThat(active).contains("2 of 3 shown").doesNotContain("Revoked Badge</a>");
        String skill = earner.browser().get("/backpack?skill=teamwork").body();
        assertThat(skill).contains("3 of 3 shown");
        assertThat(earner.browser()
                        .get("/backpack?skill=Underwater+Basket+Weaving")
                        .body())
                .contains("0 of 3 shown")
                .contains("No credential matches these filters.");
    }

    @Test
    void aPrivateCredentialsPublicPageClosesAndOpensAgainWhenLinkOnly() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Private Academy");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Hedy Private");
        UUID credential =
                Scenario.issue(issuer, Scenario.badge(issuer, "Secrecy", "di"), earner.name(), earner.email());
        UUID item = Earners.accept(earner, credential, jdbc);
        Browser anyone = new Browser(port);
        assertThat(anyone.get("/c/" + credential).status()).isEqualTo(200);

        earner.browser().get("/backpack");
        Browser.Page saved =
                earner.browser().post("/backpack/items/" + item + "/visibility", Map.of("visibility", "private"));
        assertThat(saved.body()).contains("Only you can see it now");
        assertThat(anyone.get("/c/" + credential).status()).isEqualTo(404);
        assertThat(anyone.get("/c/" + credential + "/credential.json").status()).isEqualTo(404);
        assertThat(anyone.get("/c/" + credential + "/badge.png").status()).isEqualTo(404);
        assertThat(anyone.get("/embed/" + item).status()).isEqualTo(404);

        earner.browser().post("/backpack/items/" + item + "/visibility", Map.of("visibility", "link"));
        assertThat(anyone.get("/c/" + credential).status()).isEqualTo(200);
        assertThat(earner.browser()
                        .post("/backpack/items/" + item + "/visibility", Map.of("visibility", "everyone"))
                        .status())
                .isEqualTo(400);
        Scenario.Person stranger = Scenario.signUp(port, jdbc, "Eve Stranger");
        stranger.browser().get("/backpack");
        assertThat(stranger.browser()
                        .post("/backpack/items/" + item + "/visibility", Map.of("visibility", "private"))
                        .status())
                .isEqualTo(404);
        assertThat(anyone.get("/c/" + credential).status()).isEqualTo(200);
    }
}
