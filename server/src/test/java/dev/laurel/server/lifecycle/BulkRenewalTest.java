package dev.laurel.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk renewal from a CSV of credential ids or addresses: the dry run plans each row and changes nothing; a row with a
 * problem blocks the whole renewal; a clean file renews every credential it names, once.
 */
class BulkRenewalTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void aDryRunPlansEveryRowAndTheRenewalIsAllOrNothing() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Bulk Renewal Board");
        UUID badge = Scenario.badge(issuer, "Lifeguard", "di");
        UUID other = Scenario.badge(issuer, "Swim Coach", "di");
        String ada = uniqueEmail("ada");
        String alan = uniqueEmail("alan");
        UUID adaLifeguard = Scenario.issue(issuer, badge, "Ada", ada);
        UUID adaCoach = Scenario.issue(issuer, other, "Ada", ada);
        UUID alanLifeguard = Scenario.issue(issuer, badge, "Alan", alan);
        Browser browser = issuer.owner().browser();
        String page = "/organizations/" + issuer.organizationId() + "/renewals/bulk";
        assertThat(browser.get("/organizations/" + issuer.organizationId() + "/renewals")
                        .body())
                .contains(page);
        browser.get(page);

        String csv = "email\n" + ada + "\n" + alanLifeguard + "\nnot-an-id\n" + UUID.randomUUID() + "\n";
        Browser.Page dryRun = browser.postMultipart(
                page, Map.of(), "file", "renew.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dryRun.body())
                .contains("data-problem=\"invalid\"")
                .contains("data-problem=\"not-found\"")
                .contains("Nothing is renewed while a row has a problem")
                .doesNotContain("/renewals/bulk/renew");
        assertThat(renewals()).isZero();

        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("csv", csv);
        assertThat(browser.post(page + "/renew", refused).body()).contains("Nothing is renewed while");
        assertThat(renewals()).as("all or nothing").isZero();

        String clean = ada + "\n" + alanLifeguard + "\n";
        Map<String, String> only = new LinkedHashMap<>();
        only.put("csv", clean);
        only.put("badge", badge.toString());
        assertThat(browser.post(page, only).body())
                .contains("<dd id=\"count\">2</dd>")
                .contains("Renew 2 credentials");
        Browser.Page done = browser.post(page + "/renew", only);
        assertThat(done.body()).contains("Renewed 2 credentials");
        assertThat(renewed(adaLifeguard)).isTrue();
        assertThat(renewed(alanLifeguard)).isTrue();
        assertThat(renewed(adaCoach)).as("only the chosen badge's").isFalse();

        Map<String, String> again = new LinkedHashMap<>();
        again.put("csv", alanLifeguard.toString());
        assertThat(browser.post(page, again).body()).contains("data-problem=\"renewed\"");
    }

    @Test
    void refusesMoreThanAThousandRowsAndOtherOrganizationsCredentials() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Large Board");
        ApiCalls stranger = ApiCalls.organization(port, jdbc, keys, "Stranger Board");
        UUID foreign = stranger.issue(stranger.createAchievement("Foreign"), "Eve", uniqueEmail("eve"));
        Browser browser = issuer.owner().browser();
        String page = "/organizations/" + issuer.organizationId() + "/renewals/bulk";
        browser.get(page);

        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= BulkRenewal.MAX_ROWS; i++) {
            many.append(UUID.randomUUID()).append('\n');
        }
        assertThat(browser.post(page, Map.of("csv", many.toString())).body()).contains("more than 1,000 rows");
        assertThat(browser.post(page, Map.of("csv", foreign.toString())).body()).contains("data-problem=\"not-found\"");
    }

    private long renewals() {
        return jdbc.sql("select count(*) from credentials c join badges b on b.id = c.badge_id "
                        + "where c.renews is not null and b.name in ('Lifeguard', 'Swim Coach')")
                .query(Long.class)
                .single();
    }

    private boolean renewed(UUID credential) {
        return jdbc.sql("select exists (select 1 from credentials where renews = :c)")
                .param("c", credential)
                .query(Boolean.class)
                .single();
    }
}
