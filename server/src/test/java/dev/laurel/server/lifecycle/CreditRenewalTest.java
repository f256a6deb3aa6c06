package dev.laurel.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.issuing.LifecyclePolicy;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.ClockMoves;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The credits rule: continuing-education credits earned with the badges the policy names, after the credential was
 * issued, renew it — automatically, exactly once, when the policy says so; else the earner is offered it.
 */
class CreditRenewalTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    LifecyclePolicies policies;

    @Autowired
    Clock clock;

    @AfterEach
    void restoreClock() {
        ClockMoves.restore(clock, jdbc);
    }

    @Test
    void enoughCreditsRenewTheCertificationAutomaticallyExactlyOnce() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Planning Institute");
        UUID certification = api.createAchievement("Certified Planner");
        UUID ethics = api.createAchievement("Ethics Course");
        UUID unrelated = api.createAchievement("Welcome Badge");
        policies.save(
                new OrganizationId(api.organizationId()),
                new BadgeId(certification),
                new LifecyclePolicies.Overrides(
                        null,
                        null,
                        null,
                        LifecyclePolicy.RenewalRule.CREDITS,
                        800,
                        new BigDecimal("3"),
                        Set.of(new BadgeId(ethics)),
                        null,
                        true,
                        null));
        String email = uniqueEmail("planner");
        UUID certified = api.issue(certification, "Jane Jacobs", email);
        ClockMoves.advance(port, "P1D");

        api.issue(ethics, "Jane Jacobs", email);
        api.issue(unrelated, "Jane Jacobs", email);
        api.issue(ethics, "Jane Jacobs", uniqueEmail("someone-else"));
        awaitNoCreditWork();
        assertThat(renewalsOf(certified))
                .as("1.5 of 3 credits, unrelated badges not counted")
                .isZero();

        api.issue(ethics, "Jane Jacobs", email.toUpperCase(java.util.Locale.ROOT));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (renewalsOf(certified) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(renewalsOf(certified)).as("3 of 3 credits: renewed").isEqualTo(1);
        UUID renewal = jdbc.sql("select id from credentials where renews = :c")
                .param("c", certified)
                .query(UUID.class)
                .single();
        assertThat(api.get("/api/v1/credentials/" + certified)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("renewed");
        assertThat(api.get("/api/v1/renewal-requests?status=approved")
                        .json()
                        .get("items")
                        .get(0)
                        .get("rule")
                        .asText())
                .isEqualTo("credits");

        // A day later, so that what is issued now is after the renewal whatever the second it was issued in.
        ClockMoves.advance(port, "P1D");
        api.issue(ethics, "Jane Jacobs", email);
        awaitNoCreditWork();
        assertThat(renewalsOf(certified)).as("renewed once").isEqualTo(1);
        assertThat(renewalsOf(renewal))
                .as("the credits earned before the renewal do not count for it: 1.5 of 3 after it")
                .isZero();
    }

    @Test
    void withoutAutomaticRenewalTheEarnerIsOfferedItOnceTheCreditsAreThere() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Nursing Council");
        UUID licence = api.createAchievement("Registered Nurse");
        UUID course = api.createAchievement("Wound Care Course");
        policies.save(
                new OrganizationId(api.organizationId()),
                null,
                new LifecyclePolicies.Overrides(
                        null,
                        null,
                        null,
                        LifecyclePolicy.RenewalRule.CREDITS,
                        800,
                        new BigDecimal("3"),
                        null,
                        null,
                        null,
                        null));
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Florence Nightingale");
        UUID credential = api.issue(licence, earner.name(), earner.email());
        ClockMoves.advance(port, "P1D");
        api.issue(course, earner.name(), earner.email());
        Browser browser = earner.browser();
        String renew = "/c/" + credential + "/renew";

        assertThat(browser.get(renew).body())
                .contains("You have 1.5 of 3 credits")
                .doesNotContain("Renew now");
        assertThat(browser.post(renew, Map.of()).uri().getQuery()).isEqualTo("error=not-offered");

        api.issue(course, earner.name(), earner.email());
        assertThat(browser.get(renew).body())
                .contains("You have 3 of 3 credits")
                .contains("Renew now");
        assertThat(browser.post(renew, Map.of()).uri().getQuery()).isEqualTo("sent=approved");
        assertThat(renewalsOf(credential)).isEqualTo(1);
        assertThat(browser.get(renew).body()).contains("has been renewed already");
    }

    private long renewalsOf(UUID credential) {
        return jdbc.sql("select count(*) from credentials where renews = :c")
                .param("c", credential)
                .query(Long.class)
                .single();
    }

    /** Waits until no automatic-renewal work is queued or running. */
    private void awaitNoCreditWork() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            // due by the platform clock, which the test moved on
            long queued = jdbc.sql("select count(*) from scheduled_tasks where task_name = 'lifecycle-credit-renewal' "
                            + "and execution_time <= :until")
                    .param("until", java.sql.Timestamp.from(clock.instant().plus(Duration.ofDays(1))))
                    .query(Long.class)
                    .single();
            if (queued == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("automatic-renewal work still queued");
    }
}
