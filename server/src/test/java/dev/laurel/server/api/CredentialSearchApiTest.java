package dev.laurel.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** GET /api/v1/credentials searched by name or address, filtered by claim and expiry, and exported as CSV. */
class CredentialSearchApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void findsRecipientsByPartOfTheirNameOrAddressWithoutCaseOrAccents() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Search University");
        UUID badge = api.createAchievement("Searching", "di");
        UUID zoe = api.issue(badge, "Zoë Ångström", uniqueEmail("zoe"));
        UUID shout = api.issue(badge, "ZOE SMITH", uniqueEmail("smith"));
        UUID jose = api.issue(badge, "José Núñez", uniqueEmail("jose"));
        String bob = uniqueEmail("bob.builder");
        UUID builder = api.issue(badge, "Bob", bob);

        assertThat(ids(api, "q=zoe")).containsExactlyInAnyOrder(shout, zoe);
        assertThat(ids(api, "q=ZOË")).containsExactlyInAnyOrder(shout, zoe);
        assertThat(ids(api, "q=angstr")).containsExactly(zoe);
        assertThat(ids(api, "q=NUNEZ")).containsExactly(jose);
        assertThat(ids(api, "q=jose%20n")).containsExactly(jose);
        assertThat(ids(api, "q=" + bob.substring(0, bob.indexOf('@')).toUpperCase()))
                .containsExactly(builder);
        assertThat(ids(api, "q=%25")).isEmpty();
        assertThat(ids(api, "q=_")).isEmpty();

        List<UUID> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/v1/credentials?q=zoe&limit=1" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.get("items")
                    .forEach(item -> paged.add(UUID.fromString(item.get("id").asText())));
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(paged).as("newest first, one a page").containsExactlyElementsOf(ids(api, "q=zoe"));
        assertThat(ids(api, "sort=name")).containsExactly(builder, jose, zoe, shout);
    }

    @Test
    void filtersByClaimExpiryAndTheNewStatusValues() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Filtering College");
        UUID badge = api.createAchievement("Filtering", "di");
        UUID pending = api.issue(badge, "Pending Earner", uniqueEmail("pending"));
        UUID accepted = api.issue(badge, "Accepted Earner", uniqueEmail("accepted"));
        UUID declined = api.issue(badge, "Declined Earner", uniqueEmail("declined"));
        claim(accepted, "accepted");
        claim(declined, "declined");
        expireIn(pending, "10 days");
        expireIn(accepted, "45 days");
        expireIn(declined, "-1 days");

        assertThat(ids(api, "claim=pending")).containsExactly(pending);
        assertThat(ids(api, "claim=accepted")).containsExactly(accepted);
        assertThat(ids(api, "status=declined")).containsExactly(declined);
        assertThat(ids(api, "status=accepted")).containsExactly(accepted);
        assertThat(ids(api, "status=expired")).containsExactly(declined);
        assertThat(ids(api, "expiringWithin=P30D")).containsExactly(pending);
        assertThat(ids(api, "expiringWithin=P60D")).containsExactlyInAnyOrder(accepted, pending);
        assertThat(ids(api, "expiringWithin=P60D&claim=accepted")).containsExactly(accepted);
        assertThat(ids(api, "sort=expiry")).containsExactly(declined, pending, accepted);

        assertThat(AchievementsApiTest.fields(api.get("/api/v1/credentials?status=sleeping")))
                .containsExactly("status");
        assertThat(AchievementsApiTest.fields(api.get("/api/v1/credentials?claim=maybe")))
                .containsExactly("claim");
        assertThat(AchievementsApiTest.fields(api.get("/api/v1/credentials?status=accepted&claim=declined")))
                .containsExactly("claim");
        assertThat(AchievementsApiTest.fields(api.get("/api/v1/credentials?expiringWithin=soon")))
                .containsExactly("expiringWithin");
        assertThat(AchievementsApiTest.fields(api.get("/api/v1/credentials?sort=random")))
                .containsExactly("sort");
    }

    @Test
    void exportsTheFilteredSetAsCsvStreamedInChunks() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Export Academy");
        UUID badge = api.createAchievement("Exporting", "di");
        UUID real = api.issue(badge, "=Formula Person", uniqueEmail("formula"));
        dev.laurel.server.SeedScript.seed(dataSource, api.organizationId(), 3000);
        ApiCalls other = ApiCalls.organization(port, jdbc, keys, "Another Export Academy");
        other.issue(other.createAchievement("Theirs", "di"), "Not Exported", uniqueEmail("theirs"));

        HttpResponse<String> all = csv(api, "");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(all.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(all.headers().firstValue("Content-Length")).isEmpty();
        List<String> lines = all.body().lines().toList();
        assertThat(lines.getFirst())
                .isEqualTo("id,url,recipient_name,recipient_email,achievement_id,achievement_name,issued_at,"
                        + "valid_until,status,claim,credits_earned,status_reason");
        assertThat(lines).hasSize(1 + 3001);
        assertThat(all.body()).doesNotContain("Not Exported");
        assertThat(lines.get(1)).startsWith(real + ",").contains(",'=Formula Person,");

        long declined = jdbc.sql("select count(*) from credentials where organization_id = :org and claim = 'declined'")
                .param("org", api.organizationId())
                .query(Long.class)
                .single();
        HttpResponse<String> filtered = csv(api, "?status=declined&q=seed");
        assertThat(filtered.body().lines().count()).isEqualTo(1 + declined);
        assertThat(filtered.body().lines().skip(1)).allMatch(line -> line.contains(",declined,"));
        assertThat(csv(api, "?expiringWithin=never").statusCode()).isEqualTo(400);
        assertThat(csv(api.without(), "").statusCode()).isEqualTo(401);
    }

    private static HttpResponse<String> csv(ApiCalls api, String query) {
        return api.get("/api/v1/credentials/export.csv" + query).raw();
    }

    private void claim(UUID credential, String claim) {
        jdbc.sql("update credentials set claim = :claim, claim_changed_at = now() where id = :id")
                .param("claim", claim)
                .param("id", credential)
                .update();
    }

    private void expireIn(UUID credential, String interval) {
        jdbc.sql("update credentials set valid_until = now() + cast(:interval as interval) where id = :id")
                .param("interval", interval)
                .param("id", credential)
                .update();
    }

    private static List<UUID> ids(ApiCalls api, String query) {
        ApiCalls.Answer answer = api.get("/api/v1/credentials?limit=200&" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<UUID> ids = new ArrayList<>();
        answer.json()
                .get("items")
                .forEach(item -> ids.add(UUID.fromString(item.get("id").asText())));
        return ids;
    }
}
