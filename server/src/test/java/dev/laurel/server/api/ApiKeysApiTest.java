package dev.laurel.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ApiKeysApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void createsAKeyWhoseSecretIsShownOnceListsAndRevokesIt() {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "Keyring University");
        ApiCalls.Answer created =
                admin.post("/api/v1/api-keys", "{\"name\": \"Moodle\", \"scopes\": [\"read\", \"issue\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode key = created.json();
        String secret = key.get("secret").asText();
        assertThat(secret).startsWith(key.get("prefix").asText() + "_");
        assertThat(key.get("scopes").toString()).isEqualTo("[\"issue\",\"read\"]");
        assertThat(created.header("Cache-Control")).contains("no-store");

        ApiCalls moodle = new ApiCalls(port, secret);
        assertThat(moodle.get("/api/v1/me").json().get("keyName").asText()).isEqualTo("Moodle");
        assertThat(moodle.get("/api/v1/api-keys").code()).isEqualTo("api.scope");

        JsonNode listed = admin.get("/api/v1/api-keys").json().get("items");
        assertThat(listed).hasSize(2);
        assertThat(listed.toString()).doesNotContain(secret).doesNotContain("secret");
        JsonNode first = listed.get(0);
        assertThat(first.get("name").asText()).isEqualTo("Moodle");
        assertThat(first.get("revokedAt").isNull()).isTrue();
        assertThat(first.get("lastUsedAt").isNull()).isFalse();

        assertThat(admin.delete("/api/v1/api-keys/" + key.get("id").asText()).status())
                .isEqualTo(204);
        assertThat(moodle.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/api-keys")
                        .json()
                        .get("items")
                        .get(0)
                        .get("revokedAt")
                        .isNull())
                .isFalse();
        assertThat(admin.delete("/api/v1/api-keys/" + java.util.UUID.randomUUID())
                        .code())
                .isEqualTo("api.not-found");
        assertThat(jdbc.sql("select action from audit_log where organization_id = :org and action like 'api-key.%' "
                                + "order by id")
                        .param("org", admin.organizationId())
                        .query(String.class)
                        .list())
                .containsExactly("api-key.created", "api-key.created", "api-key.revoked");
    }

    @Test
    void namesInvalidKeyFields() {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "Keyless College");
        ApiCalls.Answer refused = admin.post("/api/v1/api-keys", "{\"name\": \"\", \"scopes\": []}");
        assertThat(refused.code()).isEqualTo("api.validation");
        assertThat(AchievementsApiTest.fields(refused)).containsExactly("name", "scopes");
        assertThat(AchievementsApiTest.fields(
                        admin.post("/api/v1/api-keys", "{\"name\": \"X\", \"scopes\": [\"read\", \"root\"]}")))
                .containsExactly("scopes[1]");
        assertThat(admin.get("/api/v1/api-keys").json().get("items")).hasSize(1);
    }
}
