package dev.laurel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /dev/clock} on a development start: reads the platform clock and moves it forward, as scripts expect. */
class DevClockTest extends ServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restore() {
        ClockMoves.restore(clock, jdbc);
    }

    @Test
    void movingTheClockForwardMovesEveryModulesTime() throws Exception {
        HttpResponse<String> before = get();
        assertThat(before.statusCode()).isEqualTo(200);
        Instant then = now(before.body());
        assertThat(Duration.between(Instant.now(), then).abs()).isLessThan(Duration.ofMinutes(1));

        HttpResponse<String> moved = post("{\"advance\": \"P30D\"}");

        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        Instant now = now(moved.body());
        assertThat(Duration.between(then, now))
                .isBetween(Duration.ofDays(30), Duration.ofDays(30).plusMinutes(1));
        assertThat(Duration.between(now, clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(now(get().body())).isAfterOrEqualTo(now);
    }

    @Test
    void anAdvanceThatIsNotAForwardDurationIsRefusedSayingWhat() throws Exception {
        HttpResponse<String> words = post("{\"advance\": \"thirty days\"}");
        HttpResponse<String> backwards = post("{\"advance\": \"-P1D\"}");
        HttpResponse<String> nothing = post("{}");

        assertThat(words.statusCode()).isEqualTo(400);
        assertThat(words.body()).contains("ISO-8601 duration").contains("thirty days");
        assertThat(words.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(words.body()).contains("\"code\":\"dev-clock.invalid-advance\"");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("only moves forward");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    private HttpResponse<String> get() throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dev/clock"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dev/clock"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Instant now(String body) {
        java.util.regex.Matcher matcher =
                java.util.regex.Pattern.compile("\"now\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return Instant.parse(matcher.group(1));
    }
}
