package dev.laurel.server.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.ClockMoves;
import dev.laurel.server.platform.FollowUp;
import dev.laurel.server.platform.FollowUps;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Milestones are awarded by themselves: a three-level pathway (Bronze → Silver → Gold) whose requirements are issued
 * one by one awards each level once, with the credentials that earned it as evidence; revoking a requirement leaves
 * an awarded milestone alone unless the pathway requires current credentials, which suspends it until they are again.
 */
class PathwayAwardsTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Pathways pathways;

    @Autowired
    PathwayProgress progress;

    @Autowired
    IssuedCredentials credentials;

    @Autowired
    Milestones milestones;

    @Autowired
    FollowUps followUps;

    @Autowired
    Clock clock;

    record Levels(ApiCalls api, Pathway pathway, UUID a, UUID b, UUID c, UUID d, UUID bronze, UUID silver, UUID gold) {}

    private Levels levels(String name, boolean requireCurrent) {
        Levels draft = draft(name, requireCurrent);
        OrganizationId organization = new OrganizationId(draft.api().organizationId());
        Pathway published =
                pathways.publish(organization, draft.pathway().id(), new Actor.Rule(organization.value()), true);
        return new Levels(
                draft.api(),
                published,
                draft.a(),
                draft.b(),
                draft.c(),
                draft.d(),
                draft.bronze(),
                draft.silver(),
                draft.gold());
    }

    /** The three levels, not published. */
    private Levels draft(String name, boolean requireCurrent) {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, name);
        UUID a = api.createAchievement("Safety Basics");
        UUID b = api.createAchievement("First Aid");
        UUID c = api.createAchievement("Site Induction");
        UUID d = api.createAchievement("Supervision");
        UUID bronze = api.createAchievement("Bronze");
        UUID silver = api.createAchievement("Silver");
        UUID gold = api.createAchievement("Gold");
        JsonNode steps = Json.parse("""
                {"all": [
                  {"id": "silver", "milestone": "%s", "all": [
                    {"id": "bronze", "milestone": "%s", "all": [{"id": "a", "achievement": "%s"},
                                                               {"id": "b", "achievement": "%s"}]},
                    {"id": "c-or-skill", "atLeast": 1, "of": [{"id": "c", "achievement": "%s"},
                                                              {"id": "x", "skill": "https://skills.example/x"}]}
                  ]},
                  {"id": "d", "achievement": "%s"}
                ]}""".formatted(silver, bronze, a, b, c, d));
        OrganizationId organization = new OrganizationId(api.organizationId());
        Pathway pathway = pathways.create(
                organization,
                new Actor.Rule(api.organizationId()),
                new PathwayDraft(
                        "Site Safety",
                        "Three levels",
                        new BadgeId(gold),
                        StepJson.parse(steps, "/steps"),
                        requireCurrent));
        return new Levels(api, pathway, a, b, c, d, bronze, silver, gold);
    }

    @Test
    void eachLevelIsAwardedOnceWhenItsRequirementsAreIssuedWithThemAsEvidence() throws Exception {
        Levels levels = levels("Safety Council", false);
        String email = uniqueEmail("worker");
        UUID a = levels.api().issue(levels.a(), "Wen Li", email);
        awaitMilestones();
        assertThat(held(email, levels.bronze())).isEmpty();
        assertThat(progress.of(levels.pathway(), email).percent()).isEqualTo(25);

        UUID b = levels.api().issue(levels.b(), "Wen Li", email);
        awaitMilestones();
        assertThat(held(email, levels.bronze())).hasSize(1);
        assertThat(held(email, levels.silver())).isEmpty();

        UUID c = levels.api().issue(levels.c(), "Wen Li", email);
        awaitMilestones();
        assertThat(held(email, levels.silver())).hasSize(1);
        assertThat(held(email, levels.gold())).isEmpty();

        UUID d = levels.api().issue(levels.d(), "Wen Li", email);
        awaitMilestones();
        List<IssuedCredential> gold = held(email, levels.gold());
        assertThat(gold).hasSize(1);
        assertThat(gold.getFirst().recipientName()).isEqualTo("Wen Li");
        List<String> evidence = new ArrayList<>();
        Json.parse(gold.getFirst().document())
                .path("evidence")
                .forEach(e -> evidence.add(e.path("id").asText()));
        assertThat(evidence)
                .as("the goal names every credential that met a step, the milestones' own too")
                .contains(
                        url(a),
                        url(b),
                        url(c),
                        url(d),
                        url(held(email, levels.silver()).getFirst().id().value()));
        JsonNode first = Json.parse(gold.getFirst().document()).path("evidence").path(0);
        assertThat(first.path("name").asText()).isNotBlank();
        assertThat(first.path("description").asText()).contains("Safety Council");

        Progress done = progress.of(levels.pathway(), email);
        assertThat(done.completed()).isTrue();
        assertThat(done.goalCredential()).isEqualTo(gold.getFirst().id());
        assertThat(done.percent()).isEqualTo(100);

        levels.api().issue(levels.d(), "Wen Li", email);
        levels.api().issue(levels.a(), "Wen Li", email);
        awaitMilestones();
        assertThat(held(email, levels.gold())).as("awarded once").hasSize(1);
        assertThat(held(email, levels.bronze())).as("awarded once").hasSize(1);
    }

    @Test
    void aDraftAwardsNothingAndPublishingItEvaluatesThoseWhoAlreadyHoldItsBadges() throws Exception {
        Levels draft = draft("Draft Council", false);
        String early = uniqueEmail("early");
        String enrolled = uniqueEmail("enrolled");
        OrganizationId organization = new OrganizationId(draft.api().organizationId());
        Actor actor = new Actor.Rule(organization.value());
        progress.enroll(organization, draft.pathway().id(), actor, List.of(enrolled));
        draft.api().issue(draft.a(), "Early Bird", early);
        draft.api().issue(draft.b(), "Early Bird", early);
        draft.api().issue(draft.a(), "Enrolled Earner", enrolled);
        awaitMilestones();
        assertThat(held(early, draft.bronze())).as("a draft is not live").isEmpty();
        assertThat(percent(draft.pathway(), early)).as("nor evaluated").isNull();
        assertThat(percent(draft.pathway(), enrolled)).isZero();

        pathways.publish(organization, draft.pathway().id(), actor, true);
        awaitMilestones();
        assertThat(held(early, draft.bronze()))
                .as("published, it awards what was earned before")
                .hasSize(1);
        assertThat(percent(draft.pathway(), early)).isEqualTo(50);
        assertThat(percent(draft.pathway(), enrolled))
                .as("the earners on it are evaluated too")
                .isEqualTo(25);
        assertThat(held(enrolled, draft.bronze())).isEmpty();
    }

    @Test
    void revokingARequirementLeavesTheMilestoneUnlessThePathwayRequiresCurrentCredentials() throws Exception {
        Levels lenient = levels("Lenient Council", false);
        String email = uniqueEmail("lenient");
        UUID a = lenient.api().issue(lenient.a(), "Ana Ruiz", email);
        lenient.api().issue(lenient.b(), "Ana Ruiz", email);
        awaitMilestones();
        assertThat(held(email, lenient.bronze())).hasSize(1);
        assertThat(lenient.api()
                        .post("/api/v1/credentials/" + a + "/revoke", "{\"reason\":\"issued in error\"}")
                        .status())
                .isEqualTo(200);
        awaitMilestones();
        assertThat(held(email, lenient.bronze()).getFirst().state().name()).isEqualTo("ACTIVE");
        assertThat(progress.of(lenient.pathway(), email).byId().get("bronze").done())
                .isFalse();

        Levels strict = levels("Strict Council", true);
        String other = uniqueEmail("strict");
        UUID revoked = strict.api().issue(strict.a(), "Ben Okafor", other);
        strict.api().issue(strict.b(), "Ben Okafor", other);
        awaitMilestones();
        CredentialId bronze = held(other, strict.bronze()).getFirst().id();
        assertThat(strict.api()
                        .post("/api/v1/credentials/" + revoked + "/revoke", "{\"reason\":\"cheated\"}")
                        .status())
                .isEqualTo(200);
        awaitMilestones();
        assertThat(credentials.find(bronze).orElseThrow().state().name()).isEqualTo("SUSPENDED");

        strict.api().issue(strict.a(), "Ben Okafor", other);
        awaitMilestones();
        assertThat(credentials.find(bronze).orElseThrow().state().name())
                .as("reinstated once the requirement is current again")
                .isEqualTo("ACTIVE");
        assertThat(held(other, strict.bronze())).as("not awarded again").hasSize(1);
    }

    @Test
    void aMilestoneSettledOnTwoThreadsAtOnceIsIssuedOnce() throws Exception {
        Levels levels = levels("Parallel Council", false);
        String email = uniqueEmail("parallel");
        followUps.pause();
        try {
            levels.api().issue(levels.a(), "Kai Moana", email);
            levels.api().issue(levels.b(), "Kai Moana", email);
            String id = Milestones.id(levels.pathway().id(), "bronze", email);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<FollowUp.Next>> runs =
                        threads.invokeAll(List.of(() -> milestones.settle(id), () -> milestones.settle(id)));
                for (Future<FollowUp.Next> run : runs) {
                    assertThat(run.get()).isInstanceOf(FollowUp.Next.Done.class);
                }
            } finally {
                threads.shutdown();
            }
            milestones.settle(id);
        } finally {
            followUps.resume();
        }
        awaitMilestones();
        assertThat(held(email, levels.bronze()))
                .as("one credential however often it is settled")
                .hasSize(1);
    }

    @Test
    void aRequirementThatExpiresSuspendsTheMilestoneOfAPathwayRequiringCurrentCredentials() throws Exception {
        Levels strict = levels("Expiring Council", true);
        String email = uniqueEmail("expiring");
        strict.api().issue(strict.a(), "Ivo Petrov", email);
        strict.api().issue(strict.b(), "Ivo Petrov", email);
        awaitMilestones();
        CredentialId bronze = held(email, strict.bronze()).getFirst().id();
        assertThat(progress.of(strict.pathway(), email).byId().get("bronze").done())
                .isTrue();

        ClockMoves.advance(port, "P800D");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (credentials.find(bronze).orElseThrow().state().name().equals("ACTIVE") && System.nanoTime() < deadline) {
            followUps.checkNow();
            Thread.sleep(200);
        }
        assertThat(credentials.find(bronze).orElseThrow().state().name())
                .as("the requirements expired after 24 months: the milestone is suspended")
                .isEqualTo("SUSPENDED");
        assertThat(progress.of(strict.pathway(), email).byId().get("bronze").done())
                .isFalse();
    }

    @AfterEach
    void restoreClock() {
        ClockMoves.restore(clock, jdbc);
    }

    private String url(UUID credential) {
        return "http://localhost:" + port + "/c/" + credential;
    }

    private List<IssuedCredential> held(String email, UUID badge) {
        return credentials.toRecipient(email).stream()
                .filter(c -> c.badgeId().value().equals(badge))
                .toList();
    }

    /** The earner's recorded standing on the pathway, or null when they have none. */
    private Integer percent(Pathway pathway, String email) {
        return jdbc.sql("select percent from pathway_earners where pathway_id = :id and email = lower(:email)")
                .param("id", pathway.id().value())
                .param("email", email)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    /** Until no milestone, and no publishing's evaluation, is waiting to be done. */
    private void awaitMilestones() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            long queued = jdbc.sql(
                            "select count(*) from scheduled_tasks where task_name in ('pathway-milestone', 'pathway-launch') "
                                    + "and execution_time <= now() + interval '1 minute'")
                    .query(Long.class)
                    .single();
            long due = jdbc.sql("select count(*) from pathway_awards where state = 'due'")
                    .query(Long.class)
                    .single();
            if (queued == 0 && due == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("milestones still queued");
    }
}
