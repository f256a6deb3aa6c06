package dev.laurel.server.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** The hooks pages: adding a mapping, its hook URL and curl example, preview, events, settings, and who may. */
class HookPagesTest extends ServerTest {

    private static final Pattern CURL = Pattern.compile("-d '(\\{.*?})'</code>", Pattern.DOTALL);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void anOwnerAddsAMappingTriesItsCurlExampleAndSeesTheEvent() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Paged Hooks University");
        UUID badge = Scenario.badge(issuer, "Course complete", "di");
        Browser owner = issuer.owner().browser();
        String base = "/organizations/" + issuer.organizationId() + "/hooks";
        assertThat(owner.get("/organizations/" + issuer.organizationId()).body())
                .contains("href=\"" + base + "\"");
        assertThat(owner.get(base).body()).contains("No mappings yet.").contains(">Course complete</option>");

        Browser.Page created = owner.post(base, form(badge, "/user/email", "/eventname", "completed"));
        assertThat(created.status()).isEqualTo(200);
        String path = created.uri().getPath();
        assertThat(path).startsWith(base + "/");
        UUID mapping = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        String hookUrl = "http://localhost:" + PORT + "/api/v1/hooks/" + mapping;
        assertThat(created.body())
                .contains("was added")
                .contains(hookUrl)
                .contains("Authorization: Bearer $LAUREL_KEY")
                .contains("No event has been received yet.");
        assertThat(owner.get(base).body()).contains("LMS completions").contains(hookUrl);

        Matcher curl = CURL.matcher(HtmlUtils.htmlUnescape(created.body()));
        assertThat(curl.find()).as(created.body()).isTrue();
        String sample = curl.group(1);
        assertThat(sample).contains("\"eventname\" : \"completed\"").contains("\"email\" : \"ada@example.org\"");

        Browser.Page preview = owner.post(path + "/preview", Map.of("event", sample));
        assertThat(preview.body()).contains("data-outcome=\"issue\"").contains("Would issue the badge");
        assertThat(count("select count(*) from credentials where badge_id = :id", badge))
                .isZero();

        ApiCalls lms = ApiCalls.withKey(port, keys, issuer.organizationId(), Scope.ISSUE);
        ApiCalls.Answer issued = lms.post("/api/v1/hooks/" + mapping, sample);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String page = owner.get(path).body();
        assertThat(page)
                .contains("data-event=\"evt-0001\" data-status=\"issued\"")
                .contains("ada@example.org")
                .contains("/credentials/" + issued.json().get("id").asText());
        assertThat(owner.post(path + "/preview", Map.of("event", sample)).body())
                .contains("data-outcome=\"replay\"");
        Browser.Page notJson = owner.post(path + "/preview", Map.of("event", "{oops"));
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).contains("This is not JSON");

        assertThat(owner.get(path).body())
                .contains("action=\"" + path + "/enabled\"")
                .contains("name=\"enabled\" value=\"false\"")
                .contains("action=\"" + path + "/delete\"")
                .contains(">Delete mapping</button>");
        Browser.Page paused = owner.post(path + "/enabled", Map.of("enabled", "false"));
        assertThat(paused.body()).contains("The mapping is disabled").contains("name=\"enabled\" value=\"true\"");
        assertThat(lms.post("/api/v1/hooks/" + mapping, sample).status()).isEqualTo(409);
        assertThat(owner.get(path).body())
                .contains("data-event=\"evt-0001\" data-status=\"failed\"")
                .contains("hook.mapping-disabled")
                .contains("data-event=\"evt-0001\" data-status=\"issued\"");

        Browser.Page saved = owner.post(path, form(badge, "/learner/mail", "", ""));
        assertThat(saved.body()).contains("The mapping was saved.");
        assertThat(jdbc.sql("select email_pointer || '|' || coalesce(condition_pointer, '-') from hook_mappings"
                                + " where id = :id")
                        .param("id", mapping)
                        .query(String.class)
                        .single())
                .isEqualTo("/learner/mail|-");

        owner.get(path);
        Browser.Page deleted = owner.post(path + "/delete", Map.of());
        assertThat(deleted.uri().getPath()).isEqualTo(base);
        assertThat(deleted.body()).contains("was deleted").contains("No mappings yet.");
        assertThat(count("select count(*) from credentials where badge_id = :id", badge))
                .isOne();
    }

    @Test
    void aRefusedFormSaysWhichFieldAndKeepsWhatWasTyped() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Careful Hooks College");
        UUID badge = Scenario.badge(issuer, "Careful", "di");
        Browser owner = issuer.owner().browser();
        String base = "/organizations/" + issuer.organizationId() + "/hooks";
        owner.get(base);
        Browser.Page refused = owner.post(base, form(badge, "user.email", "/eventname", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("Enter a JSON pointer starting with /")
                .contains("Enter the value the condition expects.")
                .contains("value=\"user.email\"")
                .contains("aria-invalid=\"true\"");
        assertThat(count("select count(*) from hook_mappings where organization_id = :id", issuer.organizationId()))
                .isZero();
    }

    @Test
    void membersOfOtherOrganizationsIssuersAndViewersAreRefusedAndNothingChanges() {
        Scenario.Issuer victim = Scenario.issuer(port, jdbc, "Protected Hooks Institute");
        UUID badge = Scenario.badge(victim, "Vault", "di");
        Browser owner = victim.owner().browser();
        String base = "/organizations/" + victim.organizationId() + "/hooks";
        owner.get(base);
        String path = owner.post(base, form(badge, "/user/email", "", "")).uri().getPath();
        UUID mapping = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));

        Scenario.Issuer attacker = Scenario.issuer(port, jdbc, "Intruding Hooks College");
        Scenario.Person issuerMember = member(victim, "issuer");
        Scenario.Person viewerMember = member(victim, "viewer");
        String before = snapshot(mapping);
        for (Browser stranger : List.of(attacker.owner().browser(), issuerMember.browser(), viewerMember.browser())) {
            stranger.get("/dashboard");
            assertThat(stranger.get(base).status()).isEqualTo(403);
            assertThat(stranger.get(path).status()).isEqualTo(403);
            assertThat(stranger.post(base, form(badge, "/x", "", "")).status()).isEqualTo(403);
            assertThat(stranger.post(path, form(badge, "/x", "", "")).status()).isEqualTo(403);
            for (String action : List.of("/enabled", "/delete", "/preview")) {
                assertThat(stranger.post(path + action, Map.of("event", "{}")).status())
                        .as(action)
                        .isEqualTo(403);
            }
            assertThat(stranger.get(base + "/" + UUID.randomUUID()).status()).isEqualTo(403);
        }
        assertThat(snapshot(mapping)).isEqualTo(before);
        assertThat(count("select count(*) from hook_mappings where organization_id = :id", victim.organizationId()))
                .isOne();
        assertThat(owner.get(base + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(owner.get(base + "/not-an-id").status()).isEqualTo(404);
    }

    private static Map<String, String> form(UUID badge, String email, String conditionPointer, String equals) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "LMS completions");
        form.put("achievementId", badge.toString());
        form.put("eventId", "/id");
        form.put("recipientEmail", email);
        form.put("recipientName", "/user/name");
        form.put("narrative", "");
        form.put("evidence", "");
        form.put("issuedOn", "/completedOn");
        form.put("conditionPointer", conditionPointer);
        form.put("conditionEquals", equals);
        form.put("format", "");
        form.put("enabled", "true");
        return form;
    }

    private Scenario.Person member(Scenario.Issuer organization, String role) {
        Scenario.Person person = Scenario.signUp(port, jdbc, "Hooks " + role);
        jdbc.sql("""
                        insert into memberships (organization_id, account_id, role, joined_at)
                        select :org, id, :role, now() from accounts where email = :email
                        """)
                .param("org", organization.organizationId())
                .param("role", role)
                .param("email", person.email())
                .update();
        return person;
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private String snapshot(UUID mapping) {
        return jdbc.sql("""
                        select concat_ws('|', name, achievement_id, email_pointer, enabled, updated_at)
                        from hook_mappings where id = :id
                        """).param("id", mapping).query(String.class).single();
    }
}
