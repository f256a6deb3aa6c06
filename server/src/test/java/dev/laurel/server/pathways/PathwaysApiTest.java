package dev.laurel.server.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pathways API: create, read, list, replace, publish, delete — and what it refuses, and why. */
class PathwaysApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void createsReadsReplacesPublishesAndDeletesAPathwayInTheContractsShape() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Pathway University");
        Badges badges = Badges.of(api);

        ApiCalls.Answer created = api.post("/api/v1/pathways", badges.contract("Data Analyst"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("url").asText()).isEqualTo("http://localhost:" + port + "/pathways/" + id);
        assertThat(created.header("Location")).endsWith("/api/v1/pathways/" + id);
        assertThat(created.json().get("published").asBoolean()).isFalse();

        JsonNode read = api.get("/api/v1/pathways/" + id).json();
        assertThat(read.get("name").asText()).isEqualTo("Data Analyst");
        assertThat(read.get("goal").asText()).isEqualTo(badges.goal().toString());
        assertThat(read.get("requireCurrent").asBoolean()).isFalse();
        JsonNode steps = read.get("steps");
        assertThat(steps.get("all")).hasSize(3);
        assertThat(steps.at("/all/0/achievement").asText())
                .isEqualTo(badges.first().toString());
        assertThat(steps.at("/all/1/atLeast").asInt()).isEqualTo(2);
        assertThat(steps.at("/all/1/of/1/externalAchievement").asText())
                .isEqualTo("https://lms.example.edu/achievements/sql");
        assertThat(steps.at("/all/1/of/2/skill").asText()).isEqualTo("S1.8");
        assertThat(steps.at("/all/2/any/0/issuer").asText()).isEqualTo("did:web:courses.example.com");
        assertThat(steps.at("/all/2/any/0/name").asText()).isEqualTo("Python for Data");
        assertThat(steps.findValues("id")).as("every step has an id").hasSize(9);

        ObjectNode changed = badges.contract("Data Analyst II");
        ((ObjectNode) changed.get("steps")).put("id", steps.get("id").asText());
        ((ObjectNode) changed.at("/steps/all/0")).put("id", "spreadsheets").put("title", "Spreadsheets");
        changed.put("requireCurrent", true);
        ApiCalls.Answer replaced = api.put("/api/v1/pathways/" + id, changed);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("name").asText()).isEqualTo("Data Analyst II");
        assertThat(replaced.json().get("requireCurrent").asBoolean()).isTrue();
        assertThat(replaced.json().at("/steps/id").asText())
                .isEqualTo(steps.get("id").asText());
        assertThat(replaced.json().at("/steps/all/0/id").asText()).isEqualTo("spreadsheets");
        assertThat(replaced.json().at("/steps/all/0/title").asText()).isEqualTo("Spreadsheets");

        ApiCalls.Answer published = api.post("/api/v1/pathways/" + id + "/publish", (String) null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("published").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/pathways/" + id).json().get("published").asBoolean())
                .isTrue();
        assertThat(api.post("/api/v1/pathways/" + id + "/unpublish", (String) null)
                        .json()
                        .get("published")
                        .asBoolean())
                .isFalse();

        assertThat(api.get("/api/v1/pathways").json().get("items"))
                .extracting(item -> item.get("id").asText())
                .containsExactly(id);

        assertThat(api.delete("/api/v1/pathways/" + id).status()).isEqualTo(204);
        ApiCalls.Answer gone = api.get("/api/v1/pathways/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.code()).isEqualTo("pathway.not-found");
    }

    @Test
    void recordsEachChangeInTheAuditLogWithTheKeyAsTheActor() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Audited Academy");
        Badges badges = Badges.of(api);
        String id = api.post("/api/v1/pathways", badges.contract("Audited"))
                .json()
                .get("id")
                .asText();
        api.put("/api/v1/pathways/" + id, badges.contract("Audited again"));
        api.post("/api/v1/pathways/" + id + "/publish", (String) null);
        api.post("/api/v1/pathways/" + id + "/unpublish", (String) null);
        api.delete("/api/v1/pathways/" + id);

        List<Map<String, Object>> entries =
                jdbc.sql("""
                        select action, subject, actor_account_id, details ->> 'pathway' as pathway,
                            details ->> 'apiKey' as key
                        from audit_log where organization_id = :org and action like 'pathway.%' order by id
                        """).param("org", api.organizationId()).query().listOfRows();
        assertThat(entries)
                .extracting(e -> e.get("action") + " " + e.get("subject"))
                .containsExactly(
                        "pathway.created Audited",
                        "pathway.updated Audited again",
                        "pathway.published Audited again",
                        "pathway.unpublished Audited again",
                        "pathway.deleted Audited again");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("pathway")).isEqualTo(id);
            assertThat(e.get("actor_account_id")).isNull();
            assertThat(e.get("key")).isNotNull();
        });
    }

    @Test
    void refusesAMalformedPathwayNamingWhereItIsWrong() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Strict Institute");
        Badges badges = Badges.of(api);

        ObjectNode tooMany = badges.contract("Too many");
        ((ObjectNode) tooMany.at("/steps/all/1")).put("atLeast", 5);
        refused(api.post("/api/v1/pathways", tooMany), 400, "pathway.invalid", "/steps/all/1/atLeast");

        ObjectNode twoThings = badges.contract("Two things");
        ((ObjectNode) twoThings.at("/steps/all/0")).put("skill", "S1.8");
        refused(api.post("/api/v1/pathways", twoThings), 400, "pathway.invalid", "/steps/all/0");

        ObjectNode nameless = badges.contract("x");
        nameless.remove("name");
        refused(api.post("/api/v1/pathways", nameless), 400, "pathway.invalid", "/name");

        ObjectNode stepless = badges.contract("No steps");
        stepless.remove("steps");
        refused(api.post("/api/v1/pathways", stepless), 400, "pathway.invalid", "/steps");

        ObjectNode badGoal = badges.contract("Bad goal");
        badGoal.put("goal", "not-a-uuid");
        refused(api.post("/api/v1/pathways", badGoal), 400, "pathway.invalid", "/goal");

        ObjectNode numberName = badges.contract("x");
        numberName.put("name", 42);
        refused(api.post("/api/v1/pathways", numberName), 400, "pathway.invalid", "/name");

        ObjectNode current = badges.contract("Current");
        current.put("requireCurrent", "yes");
        refused(api.post("/api/v1/pathways", current), 400, "pathway.invalid", "/requireCurrent");

        ApiCalls other = ApiCalls.organization(port, jdbc, keys, "Other Institute");
        ObjectNode foreign = badges.contract("Foreign goal");
        foreign.put("goal", other.createAchievement("Theirs").toString());
        refused(api.post("/api/v1/pathways", foreign), 400, "pathway.unknown-badge", "/goal");

        refused(api.send("POST", "/api/v1/pathways", "{\"name\": "), 400, "api.malformed-json", null);
        refused(api.send("POST", "/api/v1/pathways", "[1, 2]"), 400, "api.malformed-json", null);
        refused(
                api.send(
                        "POST",
                        "/api/v1/pathways",
                        Json.write(badges.contract("Plain")),
                        Map.of("Content-Type", "text/plain")),
                415,
                "api.unsupported-media-type",
                null);
        ObjectNode huge = badges.contract("Huge");
        huge.put("description", "x".repeat(3 * 1024 * 1024));
        refused(api.post("/api/v1/pathways", huge), 413, "api.payload-too-large", null);
        assertThat(api.get("/api/v1/pathways").json().get("items")).isEmpty();

        String id = api.post("/api/v1/pathways", badges.contract("Kept"))
                .json()
                .get("id")
                .asText();
        ObjectNode broken = badges.contract("Broken");
        ((ObjectNode) broken.at("/steps")).putArray("all");
        refused(api.put("/api/v1/pathways/" + id, broken), 400, "pathway.invalid", "/steps/all");
        assertThat(api.get("/api/v1/pathways/" + id).json().get("name").asText())
                .isEqualTo("Kept");
        refused(api.get("/api/v1/pathways/not-a-uuid"), 404, "pathway.not-found", null);
        refused(api.get("/api/v1/pathways/" + UUID.randomUUID()), 404, "pathway.not-found", null);
    }

    @Test
    void aPathwayWhoseMilestonesWereAwardedCannotBeDeletedOnlyUnpublished() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Awarding College");
        Badges badges = Badges.of(api);
        String id = api.post("/api/v1/pathways", badges.contract("Awarded"))
                .json()
                .get("id")
                .asText();
        JsonNode root = api.get("/api/v1/pathways/" + id).json().get("steps");
        jdbc.sql("""
                        insert into pathway_awards (pathway_id, step_id, email, state, due_at)
                        values (:id, :step, :email, 'due', now())
                        """)
                .param("id", UUID.fromString(id))
                .param("step", root.get("id").asText())
                .param("email", uniqueEmail("earner"))
                .update();

        refused(api.delete("/api/v1/pathways/" + id), 409, "pathway.in-use", null);
        assertThat(api.get("/api/v1/pathways/" + id).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/pathways/" + id + "/unpublish", (String) null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void listsInPagesByName() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Paged University");
        Badges badges = Badges.of(api);
        List<String> ids = new ArrayList<>();
        for (String name : List.of("charlie", "Alpha", "bravo")) {
            ids.add(api.post("/api/v1/pathways", badges.contract(name))
                    .json()
                    .get("id")
                    .asText());
        }
        JsonNode first = api.get("/api/v1/pathways?limit=2").json();
        assertThat(first.get("items")).extracting(i -> i.get("name").asText()).containsExactly("Alpha", "bravo");
        String cursor = first.get("nextCursor").asText();
        JsonNode second = api.get("/api/v1/pathways?limit=2&cursor=" + cursor).json();
        assertThat(second.get("items")).extracting(i -> i.get("name").asText()).containsExactly("charlie");
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(api.get("/api/v1/pathways").json().get("items")).hasSize(3);

        refused(api.get("/api/v1/pathways?limit=0"), 400, "api.validation", null);
        refused(api.get("/api/v1/pathways?cursor=%25%25"), 400, "api.validation", null);
        assertThat(api.get("/api/v1/pathways?limit=201")
                        .json()
                        .at("/errors/0/field")
                        .asText())
                .isEqualTo("limit");
    }

    static void refused(ApiCalls.Answer answer, int status, String code, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.code()).as(answer.toString()).isEqualTo(code);
        if (field != null) {
            assertThat(answer.json().get("field").asText())
                    .as(answer.toString())
                    .isEqualTo(field);
        }
    }

    /** An organization's badges for a pathway: the goal and three to require. */
    record Badges(UUID goal, UUID first, UUID second, UUID third) {

        static Badges of(ApiCalls api) {
            return new Badges(
                    api.createAchievement("Goal"),
                    api.createAchievement("Spreadsheets"),
                    api.createAchievement("Statistics"),
                    api.createAchievement("Visualisation"));
        }

        /** The contract: {@code all} of an achievement, at least 2 of three kinds, any of two. */
        ObjectNode contract(String name) {
            return (ObjectNode) Json.parse("""
                    {"name": "%s", "description": "From spreadsheets to models.", "goal": "%s",
                     "steps": {"all": [
                       {"achievement": "%s"},
                       {"atLeast": 2, "of": [
                         {"achievement": "%s"},
                         {"externalAchievement": "https://lms.example.edu/achievements/sql"},
                         {"skill": "S1.8"}]},
                       {"any": [
                         {"issuer": "did:web:courses.example.com", "name": "Python for Data"},
                         {"achievement": "%s"}]}]}}
                    """.formatted(name, goal, first, second, third));
        }
    }
}
