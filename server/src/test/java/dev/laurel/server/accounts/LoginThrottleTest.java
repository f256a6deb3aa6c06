package dev.laurel.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The per-account password throttle: atomic under parallel attempts, progressive, and deaf to sign-in link asks. */
class LoginThrottleTest extends ServerTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    JdbcClient jdbc;

    @Test
    void thirtyParallelWrongPasswordsGetNoMoreThanFiveChecks() throws Exception {
        Scenario.Person owner = Scenario.signUp(port, jdbc, "Parallel Target");
        List<Callable<String>> guesses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String guess = "wrong password " + i;
            Browser attacker = new Browser(port);
            attacker.get("/login");
            guesses.add(() -> attacker.post("/login", Map.of("email", owner.email(), "password", guess))
                    .uri()
                    .getQuery());
        }
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(30)) {
            for (Future<String> outcome : pool.invokeAll(guesses)) {
                outcomes.add(outcome.get());
            }
        }
        assertThat(outcomes.stream().filter("error"::equals).count())
                .as("passwords checked (answered 'wrong'); the others were refused unchecked: " + outcomes)
                .isLessThanOrEqualTo(5);
        assertThat(outcomes).containsOnly("error", "locked");
        assertThat(login(new Browser(port), owner.email(), PASSWORD).uri().getQuery())
                .as("right after, even the right password waits")
                .isEqualTo("locked");
    }

    @Test
    void signInLinkAsksDoNotLockPasswordLogin() {
        Scenario.Person owner = Scenario.signUp(port, jdbc, "Link Victim");
        Browser attacker = new Browser(port);
        for (int i = 0; i < 8; i++) {
            attacker.get("/login");
            attacker.post("/login/link", Map.of("email", owner.email()));
        }
        Browser.Page login = login(new Browser(port), owner.email(), PASSWORD);
        assertThat(login.uri().getPath()).isEqualTo("/dashboard");
    }

    @Test
    void failedPasswordsSlowDownProgressivelyInsteadOfLockingForAWindow() {
        Scenario.Person owner = Scenario.signUp(port, jdbc, "Slow Down");
        Browser attacker = new Browser(port);
        for (int i = 0; i < 5; i++) {
            assertThat(login(attacker, owner.email(), "wrong password " + i)
                            .uri()
                            .getQuery())
                    .isEqualTo("error");
        }
        assertThat(login(attacker, owner.email(), PASSWORD).uri().getQuery())
                .as("the sixth attempt waits 30 s")
                .isEqualTo("locked");

        age(owner.email(), 31);
        assertThat(login(attacker, owner.email(), "wrong password 5").uri().getQuery())
                .as("30 s later one more attempt is checked")
                .isEqualTo("error");
        age(owner.email(), 31);
        assertThat(login(attacker, owner.email(), PASSWORD).uri().getQuery())
                .as("after a sixth failure the wait has doubled to 60 s")
                .isEqualTo("locked");
        age(owner.email(), 30);
        Browser.Page in = login(new Browser(port), owner.email(), PASSWORD);
        assertThat(in.uri().getPath())
                .as("61 s after the sixth failure the right password works")
                .isEqualTo("/dashboard");

        assertThat(login(attacker, owner.email(), "wrong again").uri().getQuery())
                .as("a success forgets the failures")
                .isEqualTo("error");
    }

    @Test
    void theDelayDoublesUpToItsCap() {
        AttemptCounts.Backoff schedule = new AttemptCounts.Backoff(
                5, java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(15), java.time.Duration.ofHours(24));
        assertThat(List.of(4, 5, 6, 7, 8, 9, 10, 11, 50).stream()
                        .map(failures -> schedule.delayAfter(failures).toSeconds())
                        .toList())
                .containsExactly(0L, 30L, 60L, 120L, 240L, 480L, 900L, 900L, 900L);
    }

    /** Moves the account's last attempt {@code seconds} into the past, as if the attacker had waited. */
    private void age(String email, int seconds) {
        jdbc.sql("update attempt_counts set last_at = last_at - make_interval(secs => :s), "
                        + "first_at = first_at - make_interval(secs => :s) where kind = 'login-account' "
                        + "and subject = lower(:email)")
                .param("s", seconds)
                .param("email", email)
                .update();
    }

    private static Browser.Page login(Browser browser, String email, String password) {
        browser.get("/login");
        return browser.post("/login", Map.of("email", email, "password", password));
    }
}
