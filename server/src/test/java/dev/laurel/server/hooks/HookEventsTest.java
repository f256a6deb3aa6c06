package dev.laurel.server.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Mails;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code POST /api/v1/hooks/{mappingId}}: an LMS's events issue credentials, once per event, or are refused whole. */
class HookEventsTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Verifier verifier;

    @Test
    void aCourseCompletionIssuesTheBadgeToTheLearnerAndMailsThem() {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "Hooked University");
        UUID achievement = admin.createAchievement("Workplace safety");
        UUID mapping = admin.createMapping(Moodle.mapping(achievement));
        ApiCalls lms = ApiCalls.withKey(port, keys, admin.organizationId(), Scope.ISSUE);
        String email = uniqueEmail("ada");

        ApiCalls.Answer issued = lms.post("/api/v1/hooks/" + mapping, Moodle.event(8812, email, "Ada Lovelace"));

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        JsonNode body = issued.json();
        UUID credential = UUID.fromString(body.get("id").asText());
        assertThat(body.get("url").asText()).isEqualTo("http://localhost:" + PORT + "/c/" + credential);
        assertThat(body.get("eventId").asText()).isEqualTo("8812");
        assertThat(body.get("replayed").asBoolean()).isFalse();
        assertThat(issued.header("Location")).endsWith("/api/v1/credentials/" + credential);
        JsonNode document = body.get("credential");
        assertThat(document.get("validFrom").asText()).isEqualTo("2026-06-30T00:00:00Z");
        assertThat(document.at("/credentialSubject/achievement/name").asText()).isEqualTo("Workplace safety");
        assertThat(document.at("/credentialSubject/narrative").isMissingNode()).isTrue();
        assertThat(document.at("/evidence/0/id").asText()).isEqualTo("https://moodle.example.edu/course/view.php?id=7");
        VerificationReport report = verifier.verify(Json.write(document));
        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertThat(document)
                .isEqualTo(Json.parse(jdbc.sql("select document from credentials where id = :id")
                        .param("id", credential)
                        .query(String.class)
                        .single()));
        Map<String, Object> row = jdbc.sql("""
                        select badge_id, recipient_email, recipient_name, organization_id from credentials
                        where id = :id
                        """).param("id", credential).query().singleRow();
        assertThat(row)
                .containsEntry("badge_id", achievement)
                .containsEntry("recipient_email", email)
                .containsEntry("recipient_name", "Ada Lovelace")
                .containsEntry("organization_id", admin.organizationId());

        MimeMessage mail = mailsTo(email, m -> true).getFirst();
        assertThat(Mails.subject(mail)).contains("Workplace safety");
        assertThat(Mails.text(mail)).contains("/claim/");
        assertThat(count("select count(*) from claims where credential_id = :id", credential))
                .isOne();
        assertThat(jdbc.sql("""
                        select details->>'apiKey' from audit_log
                        where organization_id = :org and action = 'credential.issued'
                        """)
                        .param("org", admin.organizationId())
                        .query(String.class)
                        .single())
                .isNotBlank();
        assertThat(jdbc.sql(
                                "select credential_id from hook_events where mapping_id = :m and external_event_id = '8812'")
                        .param("m", mapping)
                        .query(UUID.class)
                        .single())
                .isEqualTo(credential);
    }

    @Test
    void theSameEventAgainReturnsTheSameCredentialAndIssuesNothing() {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "Replaying College");
        UUID achievement = admin.createAchievement("Once only");
        UUID mapping = admin.createMapping(Moodle.mapping(achievement));
        String email = uniqueEmail("grace");
        ObjectNode event = Moodle.event(501, email, "Grace Hopper");

        ApiCalls.Answer first = admin.post("/api/v1/hooks/" + mapping, event);
        ApiCalls.Answer again = admin.post("/api/v1/hooks/" + mapping, event);
        ObjectNode changed = event.deepCopy();
        changed.with("user").put("fullname", "Someone Else");
        ApiCalls.Answer changedBody = admin.post("/api/v1/hooks/" + mapping, changed);

        assertThat(first.status()).isEqualTo(201);
        for (ApiCalls.Answer repeat : List.of(again, changedBody)) {
            assertThat(repeat.status()).as(repeat.toString()).isEqualTo(200);
            assertThat(repeat.json().get("replayed").asBoolean()).isTrue();
            assertThat(repeat.json().get("id")).isEqualTo(first.json().get("id"));
            assertThat(repeat.json().get("credential")).isEqualTo(first.json().get("credential"));
            assertThat(repeat.json().get("eventId").asText()).isEqualTo("501");
        }
        assertThat(credentials(achievement)).isOne();
        assertThat(mailsTo(email, m -> true)).hasSize(1);

        ApiCalls.Answer next = admin.post("/api/v1/hooks/" + mapping, Moodle.event(502, email, "Grace Hopper"));
        assertThat(next.status()).isEqualTo(201);
        assertThat(credentials(achievement)).isEqualTo(2);
    }

    @Test
    void concurrentDeliveriesOfOneEventMakeOneCredential() throws Exception {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "Concurrent Academy");
        UUID achievement = admin.createAchievement("Raced");
        UUID mapping = admin.createMapping(Moodle.mapping(achievement));
        String event = Json.write(Moodle.event(77, uniqueEmail("katherine"), "Katherine Johnson"));
        List<ApiCalls.Answer> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            Callable<ApiCalls.Answer> delivery = () -> admin.post("/api/v1/hooks/" + mapping, event);
            for (Future<ApiCalls.Answer> answer : pool.invokeAll(Collections.nCopies(6, delivery))) {
                answers.add(answer.get());
            }
        }
        Set<String> ids = new HashSet<>();
        int created = 0;
        for (ApiCalls.Answer answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
            created += answer.status() == 201 ? 1 : 0;
            assertThat(answer.json().get("replayed").asBoolean()).isEqualTo(answer.status() == 200);
            ids.add(answer.json().get("id").asText());
        }
        assertThat(created).isOne();
        assertThat(ids).hasSize(1);
        assertThat(credentials(achievement)).isOne();
        assertThat(count("select count(*) from hook_events where mapping_id = :id", mapping))
                .isOne();
    }

    @Test
    void anEventNotMeetingTheConditionIsAcknowledgedAndIssuesNothing() {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "Conditional School");
        UUID achievement = admin.createAchievement("Completed");
        UUID mapping = admin.createMapping(Moodle.mapping(achievement));
        ObjectNode viewed = Moodle.event(9, uniqueEmail("viewer"), "Viewer");
        viewed.put("eventname", "\\core\\event\\course_viewed");
        ObjectNode unrelated = Json.MAPPER.createObjectNode().put("eventname", "\\core\\event\\user_loggedin");

        ApiCalls.Answer ignored = admin.post("/api/v1/hooks/" + mapping, viewed);
        ApiCalls.Answer shapeless = admin.post("/api/v1/hooks/" + mapping, unrelated);

        assertThat(ignored.status()).isEqualTo(200);
        assertThat(ignored.json().get("issued").asBoolean()).isFalse();
        assertThat(ignored.json().get("reason").asText()).isEqualTo("condition-not-met");
        assertThat(ignored.json().get("eventId").asText()).isEqualTo("9");
        assertThat(shapeless.status())
                .as("an event of another shape is ignored, not refused")
                .isEqualTo(200);
        assertThat(shapeless.json().get("eventId").isNull()).isTrue();
        assertThat(credentials(achievement)).isZero();
        assertThat(count("select count(*) from hook_events where mapping_id = :id", mapping))
                .isZero();
    }

    @Test
    void anEventWithoutAValidRecipientIsRefusedWithItsCodeAndIssuesNothing() {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "Strict Institute");
        UUID achievement = admin.createAchievement("Checked");
        UUID mapping = admin.createMapping(Moodle.mapping(achievement));
        String path = "/api/v1/hooks/" + mapping;

        ObjectNode noEmail = Moodle.event(1, "x@example.org", "No Email");
        noEmail.with("user").remove("email");
        ApiCalls.Answer missing = admin.post(path, noEmail);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.code()).isEqualTo("hook.pointer-missing");
        assertThat(missing.json().get("field").asText()).isEqualTo("recipientEmail");
        assertThat(missing.json().get("pointer").asText()).isEqualTo("/user/email");
        assertThat(missing.json().get("detail").asText()).contains("/user/email");

        ApiCalls.Answer badEmail = admin.post(path, Moodle.event(2, "not-an-address", "Bad Email"));
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.code()).isEqualTo("hook.email-invalid");

        ObjectNode noId = Moodle.event(3, uniqueEmail("noid"), "No Id");
        noId.remove("objectid");
        ApiCalls.Answer withoutId = admin.post(path, noId);
        assertThat(withoutId.code()).isEqualTo("hook.pointer-missing");
        assertThat(withoutId.json().get("field").asText()).isEqualTo("eventId");

        ObjectNode badDate = Moodle.event(4, uniqueEmail("date"), "Bad Date");
        badDate.put("timecreated", "yesterday");
        ApiCalls.Answer date = admin.post(path, badDate);
        assertThat(date.code()).isEqualTo("hook.date-invalid");
        ObjectNode future = Moodle.event(5, uniqueEmail("future"), "Future");
        future.put("timecreated", 1_782_828_300_000L);
        assertThat(admin.post(path, future).code())
                .as("milliseconds, not seconds")
                .isEqualTo("hook.date-invalid");

        ObjectNode everything = Moodle.event(6, "nope", "Many Faults");
        everything.with("course").put("url", "javascript:alert(1)");
        everything.putObject("timecreated");
        ApiCalls.Answer many = admin.post(path, everything);
        assertThat(many.code()).isEqualTo("hook.email-invalid");
        List<String> codes = new ArrayList<>();
        many.json().get("errors").forEach(error -> codes.add(error.get("code").asText()));
        assertThat(codes).containsExactly("hook.email-invalid", "hook.evidence-invalid", "hook.date-invalid");

        assertThat(credentials(achievement)).isZero();
        assertThat(count("select count(*) from hook_events where mapping_id = :id", mapping))
                .isZero();

        ApiCalls.Answer fixed = admin.post(path, Moodle.event(2, uniqueEmail("fixed"), "Fixed"));
        assertThat(fixed.status())
                .as("a refused event can be sent again, corrected")
                .isEqualTo(201);
    }

    @Test
    void readsTheOptionalValuesAndFallsBackForTheAbsentOnes() {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "HR Corp");
        UUID achievement = admin.createAchievement("Forklift safety");
        ObjectNode mapping = Json.MAPPER.createObjectNode();
        mapping.put("name", "HR: forklift");
        mapping.put("achievementId", achievement.toString());
        mapping.putObject("pointers")
                .put("eventId", "/record/id")
                .put("recipientEmail", "/record/employee/email")
                .put("recipientName", "/record/employee/displayName")
                .put("narrative", "/record/note")
                .put("evidence", "/record/links")
                .put("issuedOn", "/record/completedAt");
        mapping.put("format", "jwt");
        UUID id = admin.createMapping(mapping);
        String email = uniqueEmail("ops.lead");
        ObjectNode event = Json.MAPPER.createObjectNode();
        ObjectNode record = event.putObject("record");
        record.put("id", "HR-2026-00042");
        record.putObject("employee").put("email", email);
        record.put("note", "  Passed the practical test.  ");
        record.putArray("links").add("https://hr.example.com/a").add("https://hr.example.com/b");
        record.put("completedAt", "2026-06-30T23:30:00-05:00");

        ApiCalls.Answer issued = admin.post("/api/v1/hooks/" + id, event);

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.json().get("credential").isTextual()).as("a VC-JWT").isTrue();
        assertThat(issued.json().get("eventId").asText()).isEqualTo("HR-2026-00042");
        Map<String, Object> row = jdbc.sql(
                        "select recipient_name, issued_at::text as at, format from credentials" + " where id = :id")
                .param("id", UUID.fromString(issued.json().get("id").asText()))
                .query()
                .singleRow();
        assertThat(row.get("recipient_name")).isEqualTo(email.substring(0, email.indexOf('@')));
        assertThat(row.get("at").toString()).startsWith("2026-06-30");
        assertThat(row.get("format")).isEqualTo("jwt");
    }

    @Test
    void refusesAPausedMappingAnUnknownOneAndABodyThatIsNotJson() {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "Paused Polytechnic");
        UUID achievement = admin.createAchievement("Paused");
        ObjectNode paused = Moodle.mapping(achievement);
        paused.put("enabled", false);
        UUID mapping = admin.createMapping(paused);
        ObjectNode event = Moodle.event(1, uniqueEmail("p"), "P");

        ApiCalls.Answer disabled = admin.post("/api/v1/hooks/" + mapping, event);
        assertThat(disabled.status()).isEqualTo(409);
        assertThat(disabled.code()).isEqualTo("hook.mapping-disabled");

        ApiCalls.Answer unknown = admin.post("/api/v1/hooks/" + UUID.randomUUID(), event);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("api.not-found");
        assertThat(admin.post("/api/v1/hooks/not-a-uuid", event).code()).isEqualTo("api.not-found");

        paused.put("enabled", true);
        assertThat(admin.put("/api/v1/hook-mappings/" + mapping, paused).status())
                .isEqualTo(200);
        ApiCalls.Answer malformed = admin.post("/api/v1/hooks/" + mapping, "{\"objectid\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("api.malformed-json");
        assertThat(admin.post("/api/v1/hooks/" + mapping, "").code()).isEqualTo("api.malformed-json");
        assertThat(credentials(achievement)).isZero();

        assertThat(admin.post("/api/v1/hooks/" + mapping, event).status()).isEqualTo(201);
    }

    @Test
    void logsEveryDeliveryWithWhatBecameOfItButNotOtherOrganizations() {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "Logging University");
        UUID achievement = admin.createAchievement("Logged");
        ObjectNode settings = Moodle.mapping(achievement);
        UUID mapping = admin.createMapping(settings);
        ApiCalls lms = ApiCalls.withKey(port, keys, admin.organizationId(), Scope.ISSUE);
        ApiCalls stranger = ApiCalls.organization(port, jdbc, keys, "Stranger College");
        String path = "/api/v1/hooks/" + mapping;
        String email = uniqueEmail("logged");
        ObjectNode viewed = Moodle.event(2, email, "Viewer");
        viewed.put("eventname", "\\core\\event\\course_viewed");
        ObjectNode noEmail = Moodle.event(3, email, "No Email");
        noEmail.with("user").remove("email");

        ApiCalls.Answer issued = lms.post(path, Moodle.event(1, email, "Logged Learner"));
        assertThat(lms.post(path, Moodle.event(1, email, "Logged Learner")).status())
                .isEqualTo(200);
        assertThat(lms.post(path, viewed).status()).isEqualTo(200);
        assertThat(lms.post(path, noEmail).status()).isEqualTo(422);
        assertThat(lms.post(path, "{\"objectid\": ").status()).isEqualTo(400);
        assertThat(stranger.post(path, Moodle.event(9, email, "Stranger")).status())
                .isEqualTo(404);
        settings.put("enabled", false);
        admin.put("/api/v1/hook-mappings/" + mapping, settings);
        assertThat(lms.post(path, Moodle.event(4, email, "Paused")).status()).isEqualTo(409);

        JsonNode items =
                admin.get("/api/v1/hook-mappings/" + mapping + "/events").json().get("items");
        List<String> statuses = new ArrayList<>();
        items.forEach(item -> statuses.add(
                item.get("status").asText() + " " + item.get("reason").asText("-")));
        assertThat(statuses)
                .as("newest first; the stranger's delivery is not the mapping's")
                .containsExactly(
                        "failed hook.mapping-disabled",
                        "failed api.malformed-json",
                        "failed hook.pointer-missing",
                        "skipped condition-not-met",
                        "replayed -",
                        "issued -");
        assertThat(items.at("/0/message").asText()).contains("disabled");
        assertThat(items.at("/0/eventId").asText()).isEqualTo("4");
        assertThat(items.at("/1/eventId").isNull()).isTrue();
        JsonNode missing = items.get(2);
        assertThat(missing.get("eventId").asText()).isEqualTo("3");
        assertThat(missing.get("message").asText()).contains("/user/email");
        assertThat(missing.get("credentialId").isNull()).isTrue();
        assertThat(items.at("/3/eventId").asText()).isEqualTo("2");
        for (JsonNode made : List.of(items.get(4), items.get(5))) {
            assertThat(made.get("eventId").asText()).isEqualTo("1");
            assertThat(made.get("credentialId")).isEqualTo(issued.json().get("id"));
            assertThat(made.get("url")).isEqualTo(issued.json().get("url"));
            assertThat(made.at("/recipient/email").asText()).isEqualTo(email);
            assertThat(made.at("/recipient/name").asText()).isEqualTo("Logged Learner");
            assertThat(made.get("reason").isNull()).isTrue();
        }
        assertThat(credentials(achievement)).isOne();
        assertThat(count("select count(*) from hook_receipts where status = 'received' and mapping_id = :id", mapping))
                .isZero();
    }

    private long credentials(UUID achievement) {
        return count("select count(*) from credentials where badge_id = :id", achievement);
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }
}
