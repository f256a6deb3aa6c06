package dev.laurel.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.organizations.Actor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /api/v1/webhooks}: the calls, their validation problems, and who may make them. */
class WebhookApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    ApiKeys keys;

    private final HttpClient http = HttpClient.newHttpClient();
    private WebhookHarness harness;

    @BeforeEach
    void harness() {
        harness = new WebhookHarness(jdbc, transactions);
    }

    @Test
    void anAdminKeyManagesEndpointsReadsTheLogAndRedelivers() throws Exception {
        try (Receiver receiver = new Receiver().answering(500)) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Integrated University");
            String key = key(issuer, Scope.ADMIN);

            HttpResponse<String> created = call(
                    "POST",
                    "/api/v1/webhooks",
                    key,
                    "{\"url\": \"" + receiver.url() + "\", \"description\": \"CRM\", "
                            + "\"events\": [\"credential.issued\", \"credential.revoked\"]}");
            assertThat(created.statusCode()).isEqualTo(201);
            JsonNode endpoint = Json.parse(created.body());
            String id = endpoint.get("id").asText();
            assertThat(created.headers().firstValue("Location")).contains("/api/v1/webhooks/" + id);
            assertThat(endpoint.get("secret").asText()).startsWith("whsec_");
            assertThat(WebhookHarness.key(endpoint.get("secret").asText())).hasSize(32);
            assertThat(endpoint.get("url").asText()).isEqualTo(receiver.url());
            assertThat(endpoint.get("events").toString()).isEqualTo("[\"credential.issued\",\"credential.revoked\"]");
            assertThat(endpoint.get("enabled").asBoolean()).isTrue();

            JsonNode list =
                    Json.parse(call("GET", "/api/v1/webhooks", key, null).body());
            assertThat(list.get("items")).hasSize(1);
            assertThat(list.get("items").get(0).get("id").asText()).isEqualTo(id);
            assertThat(list.toString()).doesNotContain("whsec_").doesNotContain("secret\"");
            assertThat(Json.parse(call("GET", "/api/v1/webhooks/" + id, key, null)
                                    .body())
                            .get("description")
                            .asText())
                    .isEqualTo("CRM");

            HttpResponse<String> patched =
                    call("PATCH", "/api/v1/webhooks/" + id, key, "{\"events\": [\"*\"], \"description\": \"ERP\"}");
            assertThat(patched.statusCode()).isEqualTo(200);
            assertThat(Json.parse(patched.body()).get("events").toString()).isEqualTo("[\"*\"]");
            assertThat(Json.parse(patched.body()).get("description").asText()).isEqualTo("ERP");
            assertThat(Json.parse(patched.body()).get("url").asText()).isEqualTo(receiver.url());

            HttpResponse<String> rotated = call("POST", "/api/v1/webhooks/" + id + "/rotate-secret", key, null);
            assertThat(rotated.statusCode()).isEqualTo(200);
            String secret = Json.parse(rotated.body()).get("secret").asText();
            assertThat(secret)
                    .startsWith("whsec_")
                    .isNotEqualTo(endpoint.get("secret").asText());
            assertThat(Json.parse(rotated.body())
                            .get("previousSecretValidUntil")
                            .isNull())
                    .isFalse();

            UUID credential = Scenario.issue(
                    issuer, Scenario.badge(issuer, "Integration", "di"), "Ada Lovelace", uniqueEmail("ada"));
            UUID delivery = harness.onlyDelivery(UUID.fromString(id), "credential.issued");
            harness.attemptUntil(delivery, 2);

            JsonNode log = Json.parse(call("GET", "/api/v1/webhooks/" + id + "/deliveries", key, null)
                    .body());
            assertThat(log.get("items")).hasSize(1);
            assertThat(log.get("next").isNull()).isTrue();
            JsonNode item = log.get("items").get(0);
            assertThat(item.get("id").asText()).isEqualTo(delivery.toString());
            assertThat(item.get("eventType").asText()).isEqualTo("credential.issued");
            assertThat(item.get("state").asText()).isEqualTo("delivered");
            assertThat(item.get("webhookId").asText())
                    .isEqualTo(receiver.received().getFirst().id());
            assertThat(item.at("/payload/data/credentialId").asText()).isEqualTo(credential.toString());
            assertThat(item.get("attempts").findValuesAsText("status")).containsExactly("500", "200");
            assertThat(item.get("attempts").get(0).get("responseBody").asText()).isEqualTo("not now");

            HttpResponse<String> redelivered =
                    call("POST", "/api/v1/webhooks/" + id + "/deliveries/" + delivery + "/redeliver", key, null);
            assertThat(redelivered.statusCode()).isEqualTo(202);
            assertThat(Json.parse(redelivered.body()).get("state").asText()).isEqualTo("pending");
            harness.attemptUntil(delivery, 3);
            JsonNode again = Json.parse(call("GET", "/api/v1/webhooks/" + id + "/deliveries/" + delivery, key, null)
                    .body());
            assertThat(again.get("attempts").get(2).get("manual").asBoolean()).isTrue();
            assertThat(again.get("attempts").get(2).get("status").asInt()).isEqualTo(200);
            assertThat(WebhookHarness.signedBy(
                            secret,
                            receiver.received().getLast().id(),
                            receiver.received().getLast().timestamp(),
                            receiver.received().getLast().body(),
                            receiver.received().getLast().signature()))
                    .isTrue();

            assertThat(Json.parse(call("PATCH", "/api/v1/webhooks/" + id, key, "{\"enabled\": false}")
                                    .body())
                            .get("enabled")
                            .asBoolean())
                    .isFalse();
            assertProblem(
                    call("POST", "/api/v1/webhooks/" + id + "/deliveries/" + delivery + "/redeliver", key, null),
                    409,
                    "webhook.endpoint-disabled",
                    null);

            assertThat(call("DELETE", "/api/v1/webhooks/" + id, key, null).statusCode())
                    .isEqualTo(204);
            assertProblem(call("GET", "/api/v1/webhooks/" + id, key, null), 404, "webhook.not-found", null);
            assertThat(harness.deliveries(UUID.fromString(id), "credential.issued"))
                    .isEmpty();
        }
    }

    @Test
    void invalidRequestsAreProblemsNamingTheFieldAndChangeNothing() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Strict College");
        String key = key(issuer, Scope.ADMIN);
        String[][] cases = {
            {"{}", "webhook.url-missing", "url"},
            {"{\"url\": 42}", "webhook.url-invalid", "url"},
            {"{\"url\": \"not a url\"}", "webhook.url-invalid", "url"},
            {"{\"url\": \"ftp://example.com/hook\"}", "webhook.url-invalid", "url"},
            {"{\"url\": \"https://user:pw@example.com/hook\"}", "webhook.url-invalid", "url"},
            {"{\"url\": \"http://example.com/hook\"}", "webhook.url-not-https", "url"},
            {"{\"url\": \"https://169.254.169.254/latest\"}", "webhook.url-private-address", "url"},
            {"{\"url\": \"https://10.0.0.7/hook\"}", "webhook.url-private-address", "url"},
            {"{\"url\": \"https://example.com/hook\", \"events\": []}", "webhook.events-invalid", "events"},
            {"{\"url\": \"https://example.com/hook\", \"events\": \"*\"}", "webhook.events-invalid", "events"},
            {
                "{\"url\": \"https://example.com/hook\", \"events\": [\"credential.nope\"]}",
                "webhook.event-unknown",
                "events"
            },
            {"{\"url\": \"https://example.com/hook\", \"enabled\": \"yes\"}", "webhook.enabled-invalid", "enabled"},
            {
                "{\"url\": \"https://example.com/hook\", \"description\": \"" + "x".repeat(501) + "\"}",
                "webhook.description-invalid",
                "description"
            },
            {"{\"url\": \"https://example.com/hook\", \"secret\": \"whsec_mine\"}", "webhook.field-unknown", "secret"},
            {"{\"url\": ", "webhook.body-invalid", null},
            {"[1]", "webhook.body-invalid", null}
        };
        for (String[] c : cases) {
            assertProblem(call("POST", "/api/v1/webhooks", key, c[0]), 400, c[1], c[2]);
        }
        assertThat(count(issuer)).isZero();

        String id = Json.parse(call("POST", "/api/v1/webhooks", key, "{\"url\": \"https://example.com/hook\"}")
                        .body())
                .get("id")
                .asText();
        assertProblem(
                call("PATCH", "/api/v1/webhooks/" + id, key, "{\"url\": \"http://example.com/x\"}"),
                400,
                "webhook.url-not-https",
                "url");
        assertThat(Json.parse(call("GET", "/api/v1/webhooks/" + id, key, null).body())
                        .get("url")
                        .asText())
                .isEqualTo("https://example.com/hook");
        assertProblem(
                call("GET", "/api/v1/webhooks/" + id + "/deliveries?before=yesterday", key, null),
                400,
                "webhook.cursor-invalid",
                "before");
        for (int i = 1; i < Webhooks.MAX_ENDPOINTS; i++) {
            call("POST", "/api/v1/webhooks", key, "{\"url\": \"https://example.com/hook/" + i + "\"}");
        }
        assertProblem(
                call("POST", "/api/v1/webhooks", key, "{\"url\": \"https://example.com/one-too-many\"}"),
                409,
                "webhook.too-many-endpoints",
                null);
        assertThat(count(issuer)).isEqualTo(Webhooks.MAX_ENDPOINTS);
    }

    @Test
    void everyCallNeedsAnAdminKeyOfTheEndpointsOwnOrganization() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Scenario.Issuer victim = Scenario.issuer(port, jdbc, "Guarded University");
            String owner = key(victim, Scope.ADMIN);
            String id = Json.parse(call("POST", "/api/v1/webhooks", owner, "{\"url\": \"" + receiver.url() + "\"}")
                            .body())
                    .get("id")
                    .asText();
            Scenario.issue(victim, Scenario.badge(victim, "Secrets", "di"), "Ada", uniqueEmail("ada"));
            UUID delivery = harness.onlyDelivery(UUID.fromString(id), "credential.issued");
            harness.attemptUntil(delivery, 1);
            String before = snapshot(victim);

            List<String[]> calls = List.of(
                    new String[] {"GET", "/api/v1/webhooks", null},
                    new String[] {"POST", "/api/v1/webhooks", "{\"url\": \"https://example.com/x\"}"},
                    new String[] {"GET", "/api/v1/webhooks/" + id, null},
                    new String[] {"PATCH", "/api/v1/webhooks/" + id, "{\"url\": \"https://attacker.example/x\"}"},
                    new String[] {"DELETE", "/api/v1/webhooks/" + id, null},
                    new String[] {"POST", "/api/v1/webhooks/" + id + "/rotate-secret", null},
                    new String[] {"GET", "/api/v1/webhooks/" + id + "/deliveries", null},
                    new String[] {"GET", "/api/v1/webhooks/" + id + "/deliveries/" + delivery, null},
                    new String[] {"POST", "/api/v1/webhooks/" + id + "/deliveries/" + delivery + "/redeliver", null});
            String narrow = key(victim, Scope.READ, Scope.ISSUE, Scope.REVOKE);
            Scenario.Issuer attacker = Scenario.issuer(port, jdbc, "Prying College");
            String foreign = key(attacker, Scope.ADMIN);
            List<String> checked = new ArrayList<>();
            for (String[] c : calls) {
                String what = c[0] + " " + c[1];
                assertProblem(call(c[0], c[1], null, c[2]), 401, "api.unauthenticated", null, what);
                assertProblem(call(c[0], c[1], narrow, c[2]), 403, "api.scope", null, what);
                if (c[1].contains(id)) {
                    assertProblem(call(c[0], c[1], foreign, c[2]), 404, "webhook.not-found", null, what);
                }
                checked.add(what);
            }
            assertThat(checked).hasSize(9);
            assertThat(Json.parse(call("GET", "/api/v1/webhooks", foreign, null).body())
                            .get("items"))
                    .as("another organization's list")
                    .isEmpty();
            assertThat(snapshot(victim)).isEqualTo(before);
            assertThat(harness.attempts(delivery)).isOne();
        }
    }

    private String key(Scenario.Issuer issuer, Scope... scopes) {
        return keys.create(issuer.organizationId(), "test", EnumSet.of(scopes[0], scopes), new Actor.Operator())
                .secret();
    }

    private HttpResponse<String> call(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code, String field) {
        assertProblem(response, status, code, field, code);
    }

    private static void assertProblem(
            HttpResponse<String> response, int status, String code, String field, String description) {
        assertThat(response.statusCode())
                .as(description + ": " + response.body())
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(description)
                .startsWith("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("code").asText()).as(description).isEqualTo(code);
        assertThat(problem.get("type").asText()).isEqualTo("https://laurel.dev/problems/" + code.replace('.', '/'));
        if (field != null) {
            assertThat(problem.get("field").asText()).as(description).isEqualTo(field);
        }
        assertThat(problem.get("detail").asText()).as(description).isNotBlank();
    }

    private long count(Scenario.Issuer issuer) {
        return jdbc.sql("select count(*) from webhook_endpoints where organization_id = :org")
                .param("org", issuer.organizationId())
                .query(Long.class)
                .single();
    }

    private String snapshot(Scenario.Issuer issuer) {
        return jdbc.sql("""
                        select string_agg(concat_ws('|', e.id, e.url, e.description, e.event_types, e.enabled,
                            encode(e.secret_ciphertext, 'hex'), e.updated_at,
                            (select string_agg(d.state || d.attempts || d.manual, ',') from webhook_deliveries d
                             where d.endpoint_id = e.id)), ';')
                        from webhook_endpoints e where e.organization_id = :org
                        """)
                .param("org", issuer.organizationId())
                .query(String.class)
                .single();
    }
}
