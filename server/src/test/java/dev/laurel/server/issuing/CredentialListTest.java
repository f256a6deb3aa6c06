package dev.laurel.server.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.ClockMoves;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The issuer's credential list: each credential's status (expired and renewed too), filtered by any of them. */
class CredentialListTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Issuance issuance;

    @Autowired
    Clock clock;

    @AfterEach
    void restoreClock() {
        ClockMoves.restore(clock, jdbc);
    }

    @Test
    void theListShowsAndFiltersExpiredAndRenewedCredentials() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Listing Board");
        UUID badge = Scenario.badge(issuer, "Forklift Operator", "di");
        String email = uniqueEmail("old");
        UUID old = Scenario.issue(issuer, badge, "Old Holder", email);
        Actor owner = new Actor.Account(jdbc.sql("select id from accounts where email = :email")
                .param("email", issuer.owner().email())
                .query(UUID.class)
                .single());
        UUID renewal = issuance.issue(Issuance.Issue.one(
                        new OrganizationId(issuer.organizationId()),
                        new BadgeId(badge),
                        owner,
                        new Issuance.Recipient(email, "Old Holder", null, null, null, List.of())
                                .renewing(new CredentialId(old)),
                        null))
                .getFirst()
                .id()
                .value();
        Browser browser = issuer.owner().browser();
        String list = "/organizations/" + issuer.organizationId() + "/credentials";

        assertThat(row(browser.get(list + "?state=renewed").body(), old)).contains("pill renewed");
        assertThat(browser.get(list + "?state=renewed").body()).doesNotContain("data-credential=\"" + renewal);
        assertThat(browser.get(list + "?state=active").body())
                .contains("data-credential=\"" + renewal)
                .doesNotContain("data-credential=\"" + old);
        assertThat(browser.get(list + "?state=lapsed").status()).isEqualTo(400);

        ClockMoves.advance(port, "P1100D");

        String expired = browser.get(list + "?state=expired").body();
        assertThat(row(expired, old)).contains("pill expired").contains("Not yet");
        assertThat(row(expired, renewal)).contains("pill expired");
        assertThat(browser.get(list + "?state=active").body()).doesNotContain("data-credential=");
    }

    private static String row(String page, UUID credential) {
        int start = page.indexOf("data-credential=\"" + credential + "\"");
        assertThat(start).as("row of " + credential).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
