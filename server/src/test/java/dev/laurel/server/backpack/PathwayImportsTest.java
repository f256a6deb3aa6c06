package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.pathways.Pathway;
import dev.laurel.server.pathways.PathwayDraft;
import dev.laurel.server.pathways.PathwayProgress;
import dev.laurel.server.pathways.Pathways;
import dev.laurel.server.pathways.StepJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Credentials from other issuers, imported into the backpack, count toward pathways while they verify: matched by
 * the issuer and the achievement's name, by the achievement's id, or by a skill it is aligned to.
 */
class PathwayImportsTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Imports imports;

    @Autowired
    HeldImports held;

    @Autowired
    Pathways pathways;

    @Autowired
    PathwayProgress progress;

    @Autowired
    IssuedCredentials credentials;

    @Test
    void anImportFromAnotherIssuerMeetsItsStepsAndIsNamedInTheGoalsEvidence() throws Exception {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Imani Import");
        UUID account = jdbc.sql("select id from accounts where email = :email")
                .param("email", earner.email())
                .query(UUID.class)
                .single();
        ObjectNode credential = Credentials.to(Credentials.unsigned("Pathfinding"), earner.email(), true);
        String achievementId = "https://elsewhere.example/achievements/" + UUID.randomUUID();
        ObjectNode achievement =
                (ObjectNode) credential.get("credentialSubject").get("achievement");
        achievement.put("id", achievementId);
        ObjectNode alignment = achievement.putArray("alignment").addObject();
        alignment.putArray("type").add("Alignment");
        alignment.put("targetName", "Find a path").put("targetUrl", "https://esco.example/skill/path-" + account);
        Imports.Outcome outcome = imports.file(
                account,
                "pathfinding.json",
                Json.write(Credentials.sign(credential)).getBytes(StandardCharsets.UTF_8));
        assertThat(outcome).isInstanceOf(Imports.Outcome.Imported.class);
        UUID item = ((Imports.Outcome.Imported) outcome).itemId();
        String issuer = held.imports(List.of(account)).get(account).getFirst().issuerId();

        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Wayfinding Guild");
        UUID own = api.createAchievement("Map Reading");
        UUID goal = api.createAchievement("Wayfinder");
        Pathway pathway = pathways.create(
                new OrganizationId(api.organizationId()),
                new Actor.Rule(api.organizationId()),
                new PathwayDraft(
                        "Wayfinding",
                        "Ours and theirs",
                        new BadgeId(goal),
                        StepJson.parse(Json.parse("""
                                        {"all": [{"id": "own", "achievement": "%s"},
                                                 {"id": "named", "issuer": "%s", "name": "pathfinding"},
                                                 {"id": "by-id", "externalAchievement": "%s"},
                                                 {"id": "skill", "skill": "https://esco.example/skill/path-%s"}]}""".formatted(own, issuer, achievementId, account)), "/steps"),
                        false));
        pathway = pathways.publish(
                new OrganizationId(api.organizationId()), pathway.id(), new Actor.Rule(api.organizationId()), true);
        Map<String, dev.laurel.server.pathways.Progress.StepProgress> before =
                progress.of(pathway, earner.email()).byId();
        assertThat(before.get("named").done()).isTrue();
        assertThat(before.get("by-id").done()).isTrue();
        assertThat(before.get("skill").done()).isTrue();
        assertThat(before.get("own").done()).isFalse();

        api.issue(own, "Imani Import", earner.email());
        IssuedCredential wayfinder = awaitBadge(earner.email(), goal);
        List<String> evidence = new ArrayList<>();
        Json.parse(wayfinder.document())
                .path("evidence")
                .forEach(e -> evidence.add(e.path("id").asText()));
        assertThat(evidence)
                .as("the import is named by its own id")
                .contains(credential.get("id").asText());

        earner.browser().post("/backpack/items/" + item + "/remove", Map.of());
        assertThat(progress.of(pathway, earner.email()).byId().get("named").done())
                .as("a removed import counts no more")
                .isFalse();
        assertThat(credentials.find(wayfinder.id()).orElseThrow().state().name())
                .as("the pathway does not require current credentials: the goal stays")
                .isEqualTo("ACTIVE");
    }

    private IssuedCredential awaitBadge(String email, UUID badge) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<IssuedCredential> found = credentials.toRecipient(email).stream()
                    .filter(c -> c.badgeId().value().equals(badge))
                    .toList();
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not awarded");
    }
}
