package dev.laurel.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ApiCalls;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.organizations.Actor;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RateLimitTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void answers429WithRetryAfterBeyondTheKeysLimitAndCountsEachKeyApart() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Throttled University");
        ApiKeys.Created limited =
                keys.create(issuer.organizationId(), "chatty", EnumSet.of(Scope.READ), new Actor.Operator());
        jdbc.sql("insert into api_rate_limits (api_key_id, per_minute) values (:key, 3)")
                .param("key", limited.key().id())
                .update();
        ApiCalls chatty = new ApiCalls(port, limited.secret());
        ApiCalls other = ApiCalls.withKey(port, keys, issuer.organizationId(), Scope.READ);

        for (int i = 0; i < 3; i++) {
            ApiCalls.Answer allowed = chatty.get("/api/v1/achievements");
            assertThat(allowed.status()).isEqualTo(200);
            assertThat(allowed.header("X-RateLimit-Limit")).isEqualTo("3");
            assertThat(allowed.header("X-RateLimit-Remaining")).isEqualTo(String.valueOf(2 - i));
        }
        ApiCalls.Answer refused = chatty.get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("api.rate-limited");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 20L);
        assertThat(chatty.get("/api/v1/credentials").status()).isEqualTo(429);

        ApiCalls.Answer fresh = other.get("/api/v1/achievements");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.header("X-RateLimit-Limit")).isEqualTo("600");
    }

    @Test
    void refusesABodyLargerThanThreeMegabytes() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Bounded College");
        ApiCalls api = ApiCalls.withKey(port, keys, issuer.organizationId(), Scope.ISSUE);
        ApiCalls.Answer refused = api.send(
                "POST", "/api/v1/achievements", "{\"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}", Map.of());
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.code()).isEqualTo("api.payload-too-large");
    }
}
