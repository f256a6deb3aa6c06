package dev.laurel.server.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.SeedScript;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The organization's credential list page: pages of 50 by keyset, search, a bulk job's credentials, CSV export. */
class CredentialListPageTest extends ServerTest {

    private static final Pattern ROW = Pattern.compile("data-credential=\"([0-9a-f-]{36})\"");
    private static final Pattern NEXT = Pattern.compile("id=\"next\" rel=\"next\" href=\"([^\"]+)\"");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApiKeys keys;

    @Test
    void pagesThroughEveryCredentialFiftyAtATimeAndSearchesAndExportsTheSameSet() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Paging Board");
        UUID badge = Scenario.badge(issuer, "Paging", "di");
        UUID zoe = Scenario.issue(issuer, badge, "Zoë Pagewright", uniqueEmail("zoe"));
        SeedScript.seed(dataSource, issuer.organizationId(), 120);
        Browser owner = issuer.owner().browser();
        String list = "/organizations/" + issuer.organizationId() + "/credentials";

        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String next = list + "?sort=newest";
        while (next != null) {
            String page = owner.get(next).body();
            List<String> rows = rows(page);
            sizes.add(rows.size());
            seen.addAll(rows);
            Matcher link = NEXT.matcher(page);
            next = link.find() ? link.group(1).replace("&amp;", "&") : null;
        }
        assertThat(sizes).containsExactly(50, 50, 21);
        assertThat(new HashSet<>(seen)).hasSize(121);
        assertThat(seen.getFirst()).isEqualTo(zoe.toString());

        String found = owner.get(list + "?q=ZOE&state=active").body();
        assertThat(rows(found)).hasSizeGreaterThan(1).contains(zoe.toString());
        assertThat(found).contains("Zoë Pagewright").doesNotContain("José");
        assertThat(found).contains("href=\"" + list + "/export.csv?q=ZOE&amp;state=active\"");

        String csv = owner.get(list + "/export.csv?q=ZOE&state=active").body();
        Set<String> exported = new HashSet<>();
        csv.lines().skip(1).forEach(line -> exported.add(line.substring(0, 36)));
        assertThat(exported).isEqualTo(new HashSet<>(rows(found)));
        assertThat(owner.get(list + "?expiringWithin=soon").status()).isEqualTo(400);
    }

    @Test
    void theBulkJobResultLinksToTheCredentialsItIssued() throws InterruptedException {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Bulk Linking Board");
        UUID badge = Scenario.badge(issuer, "Linked", "di");
        Scenario.issue(issuer, badge, "Issued Alone", uniqueEmail("alone"));
        ApiCalls api = ApiCalls.withKey(port, keys, issuer.organizationId(), Scope.ADMIN);
        String body = "[{\"recipient\":{\"email\":\"" + uniqueEmail("ada") + "\",\"name\":\"Ada Bulk\"}},"
                + "{\"recipient\":{\"email\":\"" + uniqueEmail("alan") + "\",\"name\":\"Alan Bulk\"}}]";
        ApiCalls.Answer answer = api.send("POST", "/api/v1/achievements/" + badge + "/bulk", body, Map.of());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        String location = answer.raw().headers().firstValue("Location").orElseThrow();
        JsonNode job = Json.parse(api.get(location).raw().body());
        for (int i = 0; i < 120 && !job.get("state").asText().equals("completed"); i++) {
            Thread.sleep(500);
            job = Json.parse(api.get(location).raw().body());
        }
        String id = job.get("id").asText();
        Browser owner = issuer.owner().browser();
        String list = "/organizations/" + issuer.organizationId() + "/credentials";

        String result = owner.get("/organizations/" + issuer.organizationId() + "/badges/" + badge + "/bulk/" + id)
                .body();
        assertThat(result).contains("href=\"" + list + "?job=" + id + "\"").contains("See the 2 credential(s) issued");
        String issued = owner.get(list + "?job=" + id).body();
        assertThat(rows(issued)).hasSize(2);
        assertThat(issued).contains("Ada Bulk").contains("Alan Bulk").doesNotContain("Issued Alone");
    }

    private static List<String> rows(String page) {
        List<String> ids = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            ids.add(row.group(1));
        }
        return ids;
    }
}
