package dev.laurel.server.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An earner's progress through the API in the contract's shape — exactly completed, goalCredential and steps — as
 * they earn the badges, to the goal awarded; enrolling a cohort; and the pathway's earners in pages.
 */
class PathwayProgressApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    /** The pathways published here: their skill step names S1.8, which every test badge aligns to. */
    private final List<Runnable> unpublish = new ArrayList<>();

    /** Publishes the pathway (only a published one is evaluated and awards), until the test ends. */
    private void publish(ApiCalls api, String id) {
        ApiCalls.Answer published = api.post("/api/v1/pathways/" + id + "/publish", (String) null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        unpublish.add(() -> api.post("/api/v1/pathways/" + id + "/unpublish", (String) null));
    }

    @AfterEach
    void unpublish() {
        unpublish.forEach(Runnable::run);
        unpublish.clear();
    }

    @Test
    void showsWhatAnEarnerHasAndLacksUntilTheGoalIsAwarded() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Progress University");
        PathwaysApiTest.Badges badges = PathwaysApiTest.Badges.of(api);
        String id = api.post("/api/v1/pathways", badges.contract("Data Analyst"))
                .json()
                .get("id")
                .asText();
        publish(api, id);
        String email = uniqueEmail("ada");
        String progress = "/api/v1/pathways/" + id + "/progress?recipient=" + email;

        JsonNode nothing = api.get(progress).json();
        assertThat(nothing.fieldNames()).toIterable().containsExactly("completed", "goalCredential", "steps");
        assertThat(nothing.get("completed").asBoolean()).isFalse();
        assertThat(nothing.get("goalCredential").isNull()).isTrue();
        assertThat(nothing.get("steps")).hasSize(9).allSatisfy(step -> {
            assertThat(step.get("done").asBoolean()).isFalse();
            assertThat(step.get("satisfiedBy")).isEmpty();
        });
        JsonNode root = nothing.get("steps").get(0);
        assertThat(root.get("kind").asText()).isEqualTo("all");
        assertThat(root.get("depth").asInt()).isZero();
        assertThat(root.get("need").asInt()).isEqualTo(3);
        assertThat(root.get("title").asText()).isEqualTo("All of 3");

        UUID spreadsheets = api.issue(badges.first(), "Ada Lovelace", email);
        JsonNode started = api.get(progress).json();
        JsonNode first = step(started, "achievement", badges.first().toString());
        assertThat(first.get("done").asBoolean()).isTrue();
        assertThat(first.get("have").asInt()).isEqualTo(1);
        assertThat(first.get("need").asInt()).isEqualTo(1);
        assertThat(first.get("title").asText()).isEqualTo("Spreadsheets");
        assertThat(first.get("completedAt").asText()).isNotBlank();
        assertThat(first.at("/satisfiedBy/0/id").asText()).endsWith("/c/" + spreadsheets);
        assertThat(first.at("/satisfiedBy/0/name").asText()).isEqualTo("Spreadsheets");
        assertThat(first.at("/satisfiedBy/0/issuer").asText()).isNotBlank();
        assertThat(step(started, "skill", "S1.8").get("done").asBoolean())
                .as("every badge of ApiCalls.achievement is aligned to S1.8")
                .isTrue();
        assertThat(step(started, "externalAchievement", "https://lms.example.edu/achievements/sql")
                        .get("done")
                        .asBoolean())
                .isFalse();
        assertThat(started.get("completed").asBoolean()).isFalse();

        api.issue(badges.second(), "Ada Lovelace", email);
        api.issue(badges.third(), "Ada Lovelace", email);
        JsonNode done = awaitGoal(api, progress);
        assertThat(done.get("completed").asBoolean()).isTrue();
        assertThat(done.get("steps").get(0).get("done").asBoolean()).isTrue();
        String goal = done.get("goalCredential").asText();
        assertThat(api.get("/api/v1/credentials/" + goal)
                        .json()
                        .get("achievementId")
                        .asText())
                .isEqualTo(badges.goal().toString());
    }

    @Test
    void enrollsACohortOnceAndListsEveryEarnerInPages() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Cohort College");
        PathwaysApiTest.Badges badges = PathwaysApiTest.Badges.of(api);
        String id = api.post("/api/v1/pathways", badges.contract("Cohort"))
                .json()
                .get("id")
                .asText();
        publish(api, id);
        String enrollments = "/api/v1/pathways/" + id + "/enrollments";
        String a = uniqueEmail("a");
        String b = uniqueEmail("b");
        String c = uniqueEmail("c");

        ApiCalls.Answer first = api.post(enrollments, "{\"recipients\": [\"" + a + "\", \"" + b + "\"]}");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("enrolled").asInt()).isEqualTo(2);
        assertThat(first.json().get("recipients").asInt()).isEqualTo(2);
        JsonNode again = api.post(enrollments, "{\"recipients\": [\"" + a + "\", \"" + c + "\"]}")
                .json();
        assertThat(again.get("enrolled").asInt()).as("a stays enrolled").isEqualTo(1);

        String earner = uniqueEmail("e");
        api.issue(badges.first(), "Eve Earner", earner);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get(
                            "/api/v1/pathways/" + id + "/earners?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            page.get("items").forEach(item -> {
                seen.add(item.get("email").asText());
                if (item.get("email").asText().equals(a)) {
                    assertThat(item.get("enrolled").asBoolean()).isTrue();
                    assertThat(item.get("percent").asInt()).isZero();
                }
                if (item.get("email").asText().equals(earner)) {
                    assertThat(item.get("enrolled").asBoolean()).isFalse();
                    assertThat(item.get("completedSteps").toString()).isNotEqualTo("[]");
                    assertThat(item.get("goalCredential").isNull()).isTrue();
                }
            });
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(seen).containsExactlyInAnyOrder(a, b, c, earner).isSorted();
    }

    @Test
    void refusesWhatIsNotAnAddressBeforeLookingAnyoneUp() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Careful College");
        PathwaysApiTest.Badges badges = PathwaysApiTest.Badges.of(api);
        String id = api.post("/api/v1/pathways", badges.contract("Careful"))
                .json()
                .get("id")
                .asText();
        String base = "/api/v1/pathways/" + id;
        PathwaysApiTest.refused(
                api.get(base + "/progress?recipient=not-an-address"), 400, "pathway.invalid-recipient", "recipient");
        PathwaysApiTest.refused(api.get(base + "/progress?recipient=a@b@c.d"), 400, "pathway.invalid-recipient", null);
        PathwaysApiTest.refused(
                api.get(base + "/progress?recipient=ada@localhost"), 400, "pathway.invalid-recipient", null);
        PathwaysApiTest.refused(api.get(base + "/progress"), 400, "api.validation", null);

        String enrollments = base + "/enrollments";
        PathwaysApiTest.refused(
                api.post(enrollments, "{\"recipients\": [\"" + uniqueEmail("d") + "\", \"nobody\"]}"),
                400,
                "pathway.invalid-recipient",
                "/recipients/1");
        PathwaysApiTest.refused(api.post(enrollments, "{\"recipients\": []}"), 400, "pathway.invalid", "/recipients");
        PathwaysApiTest.refused(api.post(enrollments, "{}"), 400, "pathway.invalid", "/recipients");
        PathwaysApiTest.refused(
                api.post(enrollments, "{\"recipients\": [42]}"), 400, "pathway.invalid-recipient", "/recipients/0");
        PathwaysApiTest.refused(api.post(enrollments, "not json"), 400, "api.malformed-json", null);
        StringBuilder many = new StringBuilder("{\"recipients\": [");
        for (int i = 0; i <= PathwayProgressApi.MAX_ENROLLMENTS; i++) {
            many.append(i == 0 ? "" : ", ").append("\"p").append(i).append("@test.example\"");
        }
        PathwaysApiTest.refused(
                api.post(enrollments, many.append("]}").toString()), 400, "pathway.invalid", "/recipients");
        assertThat(jdbc.sql("select count(*) from pathway_earners where pathway_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void listsTheEarnersAsLastEvaluatedInPagesByAddress() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Listing Institute");
        PathwaysApiTest.Badges badges = PathwaysApiTest.Badges.of(api);
        JsonNode created =
                api.post("/api/v1/pathways", badges.contract("Listed")).json();
        UUID id = UUID.fromString(created.get("id").asText());
        String root = created.at("/steps/id").asText();
        String leaf = created.at("/steps/all/0/id").asText();
        String amyEmail = uniqueEmail("amy");
        String bobEmail = uniqueEmail("bob");
        String zedEmail = uniqueEmail("zed");
        UUID goal = api.issue(badges.goal(), "Zed", zedEmail);
        jdbc.sql("""
                        insert into pathway_earners (pathway_id, email, completed_steps, percent, completed_at,
                            enrolled_at, joined_at, evaluated_at)
                        values (:id, :amy, array[:leaf], 20, null, now(), null, now()),
                               (:id, :bob, '{}', 0, null, null, now(), now()),
                               (:id, :zed, array[:root, :leaf], 100, now(), null, null, now())
                        on conflict (pathway_id, email) do update set completed_steps = excluded.completed_steps,
                            percent = excluded.percent, completed_at = excluded.completed_at,
                            enrolled_at = excluded.enrolled_at, joined_at = excluded.joined_at
                        """)
                .param("amy", amyEmail)
                .param("bob", bobEmail)
                .param("zed", zedEmail)
                .param("id", id)
                .param("leaf", leaf)
                .param("root", root)
                .update();
        jdbc.sql("""
                        insert into pathway_awards (pathway_id, step_id, email, state, credential_id, due_at, awarded_at)
                        values (:id, :root, :zed, 'awarded', :goal, now(), now())
                        on conflict (pathway_id, step_id, email) do update set state = 'awarded',
                            credential_id = excluded.credential_id
                        """)
                .param("zed", zedEmail)
                .param("id", id)
                .param("root", root)
                .param("goal", goal)
                .update();

        String earners = "/api/v1/pathways/" + id + "/earners";
        JsonNode first = api.get(earners + "?limit=2").json();
        assertThat(first.get("items")).extracting(e -> e.get("email").asText()).containsExactly(amyEmail, bobEmail);
        JsonNode amy = first.get("items").get(0);
        assertThat(amy.get("enrolled").asBoolean()).isTrue();
        assertThat(amy.get("joined").asBoolean()).isFalse();
        assertThat(amy.get("percent").asInt()).isEqualTo(20);
        assertThat(amy.get("completedSteps")).extracting(JsonNode::asText).containsExactly(leaf);
        assertThat(amy.get("goalCredential").isNull()).isTrue();
        assertThat(first.get("items").get(1).get("joined").asBoolean()).isTrue();

        JsonNode second = api.get(
                        earners + "?limit=2&cursor=" + first.get("nextCursor").asText())
                .json();
        assertThat(second.get("nextCursor").isNull()).isTrue();
        JsonNode zed = second.get("items").get(0);
        assertThat(zed.get("email").asText()).isEqualTo(zedEmail);
        assertThat(zed.get("percent").asInt()).isEqualTo(100);
        assertThat(zed.get("completedAt").asText()).isNotBlank();
        assertThat(zed.get("goalCredential").asText()).isEqualTo(goal.toString());
        assertThat(zed.get("completedSteps")).extracting(JsonNode::asText).containsExactlyInAnyOrder(root, leaf);

        PathwaysApiTest.refused(api.get(earners + "?cursor=cDF8eA"), 400, "api.validation", null);
        PathwaysApiTest.refused(api.get(earners + "?limit=500"), 400, "api.validation", null);
    }

    /** The step of this kind asking for {@code value}. */
    private static JsonNode step(JsonNode progress, String kind, String value) {
        for (JsonNode step : progress.get("steps")) {
            if (step.get("kind").asText().equals(kind)
                    && step.path(kind).asText().equals(value)) {
                return step;
            }
        }
        throw new AssertionError("no " + kind + " " + value + " in " + progress);
    }

    /** The progress once the goal credential is issued (an award is follow-up work, after the commit). */
    private static JsonNode awaitGoal(ApiCalls api, String progress) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonNode answer = api.get(progress).json();
            if (!answer.get("goalCredential").isNull() || System.nanoTime() > deadline) {
                return answer;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
        }
    }
}
