package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.platform.ClockMoves;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What other modules (pathways) read of backpacks: whose an address is, and the imports each holds, as their
 * credentials say — and the events that tell them an import came, changed standing or went.
 */
@RecordApplicationEvents
class HeldImportsTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HeldImports held;

    @Autowired
    Imports imports;

    @Autowired
    Rechecks rechecks;

    @Autowired
    Backpack backpack;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void clockBack() {
        ClockMoves.restore(clock, jdbc);
    }

    @Test
    void anAddressBelongsToTheAccountThatSignsInWithItOrConfirmedItWhateverItsCase() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Hilda Holder");
        UUID account = account(earner.email());
        String work = uniqueEmail("Hilda.Work").replace("hilda", "HILDA");
        String pending = uniqueEmail("hilda-pending");
        further(account, work, true);
        further(account, pending, false);
        Scenario.Person unconfirmed = Scenario.signUp(port, jdbc, "Una Unconfirmed");
        jdbc.sql("update accounts set email_verified_at = null where email = :email")
                .param("email", unconfirmed.email())
                .update();
        String nobody = uniqueEmail("nobody");

        Map<String, HeldImports.Holder> holders = held.holders(
                List.of(earner.email().toUpperCase(Locale.ROOT), work, pending, nobody, unconfirmed.email()));

        HeldImports.Holder holder =
                new HeldImports.Holder(account, lower(earner.email()), Set.of(lower(earner.email()), lower(work)));
        assertThat(holders)
                .as("by the sign-in address and the confirmed further one, each as given lowercased")
                .containsOnlyKeys(lower(earner.email()), lower(work))
                .containsEntry(lower(earner.email()), holder)
                .containsEntry(lower(work), holder);
        assertThat(held.holders(List.of(nobody, pending)))
                .as("an address waiting for confirmation, or of no account, is nobody's")
                .isEmpty();
        assertThat(held.holders(List.of())).isEmpty();
    }

    @Test
    void anOpenBadges3CredentialIsReadWithItsAchievementAlignmentsAndCredits() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Otto Three");
        UUID account = account(earner.email());
        ObjectNode credential = Credentials.to(Credentials.unsigned("Pathfinding"), earner.email(), true);
        String achievementId = "https://elsewhere.example/achievements/" + UUID.randomUUID();
        ObjectNode achievement =
                (ObjectNode) credential.get("credentialSubject").get("achievement");
        achievement.put("id", achievementId);
        ObjectNode alignment = achievement.putArray("alignment").addObject();
        alignment.putArray("type").add("Alignment");
        alignment
                .put("targetName", "Find a path")
                .put("targetUrl", "https://esco.example/skill/path")
                .put("targetCode", "S1.2");
        ((ObjectNode) credential.get("credentialSubject")).put("creditsEarned", 2.5);
        credential.put("validUntil", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        UUID item = imported(imports.file(
                account,
                "pathfinding.json",
                Json.write(Credentials.sign(credential)).getBytes(StandardCharsets.UTF_8)));

        HeldImports.Import read = only(held.imports(List.of(account)).get(account));
        assertThat(read.itemId()).isEqualTo(item);
        assertThat(read.id()).isEqualTo(credential.get("id").asText());
        assertThat(read.achievementId()).isEqualTo(achievementId);
        assertThat(read.name()).isEqualTo("Pathfinding");
        assertThat(read.issuerId()).startsWith("did:key:");
        assertThat(read.issuerName()).isEqualTo("Elsewhere Academy");
        assertThat(read.alignments()).containsExactlyInAnyOrder("https://esco.example/skill/path", "S1.2");
        assertThat(read.credits()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(read.issuedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(read.validUntil())
                .isEqualTo(Instant.parse(credential.get("validUntil").asText()));
        assertThat(read.verified()).isTrue();
        assertThat(events.stream(ImportEvents.CredentialImported.class))
                .containsExactly(new ImportEvents.CredentialImported(account, item));

        ClockMoves.advance(port, "P31D");
        assertThat(only(held.imports(List.of(account)).get(account)).verified())
                .as("no longer counted once expired")
                .isFalse();
    }

    @Test
    void aBakedImageAndOneNotIssuedToTheEarnerAreReadTooButOnlyTheirOwnCounts() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Berta Baked");
        UUID account = account(earner.email());
        UUID baked = imported(imports.file(account, "badge.png", Credentials.png("Baked Bread", earner.email())));
        UUID borrowed = imported(
                imports.file(account, "other.json", Credentials.json("Borrowed", uniqueEmail("someone-else"), false)));
        UUID none = account(Scenario.signUp(port, jdbc, "Nora None").email());

        Map<UUID, List<HeldImports.Import>> all = held.imports(List.of(account, none));
        assertThat(all.get(none)).isEmpty();
        assertThat(all.get(account)).extracting(HeldImports.Import::itemId).containsExactly(baked, borrowed);
        HeldImports.Import image = all.get(account).get(0);
        assertThat(image.name()).isEqualTo("Baked Bread");
        assertThat(image.achievementId()).isEqualTo("https://example.com/achievements/21st-century-skills/teamwork");
        assertThat(image.alignments()).isEmpty();
        assertThat(image.credits()).isNull();
        assertThat(image.validUntil()).isNull();
        assertThat(image.verified()).isTrue();
        assertThat(all.get(account).get(1).verified())
                .as("not issued to the earner")
                .isFalse();
    }

    @Test
    void anOpenBadges2AssertionIsReadThroughItsBadgeClassAndStopsCountingWhenItsIssuerRevokesIt() {
        try (RecheckTest.Site site = RecheckTest.Site.start()) {
            Scenario.Person earner = Scenario.signUp(port, jdbc, "Vera Two");
            UUID account = account(earner.email());
            String url = site.hosted(7, "Knot Tying", earner.email());
            String badgeClass = site.origin() + "/badges/7.json";
            site.answer("/badges/7.json", 200, """
                    {
                      "@context": "https://w3id.org/openbadges/v2",
                      "type": "BadgeClass",
                      "id": "%1$s",
                      "name": "Knot Tying",
                      "description": "For knots.",
                      "image": "%2$s/badges/7.png",
                      "criteria": "%2$s/badges/7.html",
                      "issuer": "%2$s/issuer.json",
                      "alignment": [
                        {"targetName": "Knots", "targetUrl": "https://esco.example/skill/knots", "targetCode": "K7"}
                      ]
                    }
                    """.formatted(badgeClass, site.origin()));
            UUID item = imported(imports.url(account, url));

            HeldImports.Import read = only(held.imports(List.of(account)).get(account));
            assertThat(read.id()).isEqualTo(url);
            assertThat(read.achievementId()).isEqualTo(badgeClass);
            assertThat(read.name()).isEqualTo("Knot Tying");
            assertThat(read.issuerName()).isEqualTo("Rechecked School");
            assertThat(read.alignments())
                    .as("from the BadgeClass given by URL, as its verification fetched it")
                    .containsExactlyInAnyOrder("https://esco.example/skill/knots", "K7");
            assertThat(read.issuedAt()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
            assertThat(read.verified()).isTrue();

            rechecks.now(item);
            assertThat(events.stream(ImportEvents.ImportStandingChanged.class))
                    .as("a check that changes nothing announces nothing")
                    .isEmpty();
            site.answer("/assertions/7.json", 410, "{}");
            rechecks.now(item);
            rechecks.now(item);
            assertThat(only(held.imports(List.of(account)).get(account)).verified())
                    .isFalse();
            assertThat(events.stream(ImportEvents.ImportStandingChanged.class))
                    .containsExactly(new ImportEvents.ImportStandingChanged(account, item, false));
        }
    }

    @Test
    void aCheckThatCannotConcludeStopsTheImportCounting() {
        UUID account;
        UUID item;
        try (RecheckTest.Site site = RecheckTest.Site.start()) {
            Scenario.Person earner = Scenario.signUp(port, jdbc, "Dirk Down");
            account = account(earner.email());
            item = imported(imports.url(account, site.hosted(8, "Cave Diving", earner.email())));
        }

        rechecks.now(item);
        assertThat(only(held.imports(List.of(account)).get(account)).verified())
                .as("its issuer's site is down: not verified at the last check")
                .isFalse();
        assertThat(events.stream(ImportEvents.ImportStandingChanged.class))
                .containsExactly(new ImportEvents.ImportStandingChanged(account, item, false));
    }

    @Test
    void anEarnerRemovesAnImportOnceAndOnlyTheirOwn() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Rémy Remover");
        UUID account = account(earner.email());
        UUID item = imported(imports.file(account, "gone.json", Credentials.json("Gone Soon", earner.email(), true)));
        UUID stranger = account(Scenario.signUp(port, jdbc, "Sam Stranger").email());

        assertThat(backpack.removeImport(stranger, item)).isFalse();
        assertThat(backpack.removeImport(account, item)).isTrue();
        assertThat(backpack.removeImport(account, item)).isFalse();
        assertThat(held.imports(List.of(account)).get(account)).isEmpty();
        assertThat(events.stream(ImportEvents.ImportRemoved.class))
                .containsExactly(new ImportEvents.ImportRemoved(account, item));
    }

    @Test
    void theItemPageRemovesAnImportButNotACredentialIssuedHere() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Pia Page");
        Browser browser = earner.browser();
        UUID item = Earners.importedItem(Earners.importFile(
                browser, "page.json", "application/json", Credentials.json("Page Turner", earner.email(), true)));
        Browser stranger = Scenario.signUp(port, jdbc, "Nosy Neighbour").browser();
        stranger.get("/backpack");
        assertThat(stranger.post("/backpack/items/" + item + "/remove", Map.of())
                        .status())
                .isEqualTo(404);

        assertThat(browser.get("/backpack/items/" + item).body()).contains("Remove from my backpack");
        Browser.Page removed = browser.post("/backpack/items/" + item + "/remove", Map.of());
        assertThat(removed.uri().getPath()).isEqualTo("/backpack");
        assertThat(removed.body()).contains("“Page Turner” was removed from your backpack.");
        assertThat(Earners.items(jdbc, earner.email())).isZero();
    }

    private UUID account(String email) {
        return jdbc.sql("select id from accounts where email = :email")
                .param("email", email)
                .query(UUID.class)
                .single();
    }

    private void further(UUID account, String email, boolean confirmed) {
        jdbc.sql("insert into earner_addresses (account_id, email, token_hash, added_at, confirmed_at) "
                        + "values (:account, :email, :token, now(), :confirmed)")
                .param("account", account)
                .param("email", email)
                .param("token", confirmed ? null : UUID.randomUUID().toString())
                .param("confirmed", confirmed ? java.sql.Timestamp.from(Instant.now()) : null)
                .update();
    }

    private static UUID imported(Imports.Outcome outcome) {
        assertThat(outcome).isInstanceOf(Imports.Outcome.Imported.class);
        return ((Imports.Outcome.Imported) outcome).itemId();
    }

    private static HeldImports.Import only(List<HeldImports.Import> imports) {
        assertThat(imports).hasSize(1);
        return imports.get(0);
    }

    private static String lower(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
