package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.pathways.Pathway;
import dev.laurel.server.pathways.PathwayDraft;
import dev.laurel.server.pathways.Pathways;
import dev.laurel.server.pathways.StepJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: a three-level pathway with a step from another issuer, partly done by an earner — its public page as
 * anyone sees it, and the earner's "My pathways". Screenshots (desktop and 390 px) in {@code target/screenshots/pathways};
 * those in {@code docs/screenshots/pathways} are copies of them.
 */
class PathwayPagesTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Pathways pathways;

    @Test
    void anyoneReadsAPublishedPathwayAndAnEarnerFollowsTheirProgress() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/pathways"));
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Northfield Safety Institute");
        UUID safety = badge(api, "Safety Basics", "#2f6f4f", "S");
        UUID induction = badge(api, "Site Induction", "#3b5b8c", "I");
        UUID supervision = badge(api, "Supervision", "#8c5a3b", "V");
        UUID toolbox = badge(api, "Toolbox Talks", "#6b4c8c", "T");
        UUID bronze = badge(api, "Bronze Site Worker", "#a0642d", "B");
        UUID silver = badge(api, "Silver Site Worker", "#7d8791", "S");
        UUID gold = badge(api, "Gold Site Lead", "#b8901c", "G");
        JsonNode steps = Json.parse("""
                {"all": [
                  {"id": "silver", "milestone": "%s", "ordered": true, "all": [
                    {"id": "bronze", "milestone": "%s", "all": [
                      {"id": "safety", "achievement": "%s"},
                      {"id": "first-aid", "title": "First Aid at Work",
                       "externalAchievement": "https://red-cross.example/achievements/first-aid"}]},
                    {"id": "induction", "achievement": "%s"}]},
                  {"id": "leading", "atLeast": 2, "withinMonths": 24, "of": [
                    {"id": "supervision", "achievement": "%s"},
                    {"id": "toolbox", "achievement": "%s"},
                    {"id": "esco", "title": "Any badge in leading a team",
                     "skill": "https://esco.example/skills/leading"}]}
                ]}""".formatted(silver, bronze, safety, induction, supervision, toolbox));
        OrganizationId organization = new OrganizationId(api.organizationId());
        Actor actor = new Actor.Rule(api.organizationId());
        Pathway created = pathways.create(
                organization,
                actor,
                new PathwayDraft(
                        "Site Lead",
                        "From your first day on site to leading one: three levels, each a badge of its own.",
                        new BadgeId(gold),
                        StepJson.parse(steps, "/steps"),
                        false));
        pathways.publish(organization, created.id(), actor, true);
        String id = created.id().toString();
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Amara Okoye");
        api.issue(safety, earner.name(), earner.email());
        api.issue(induction, earner.name(), earner.email());
        api.issue(supervision, earner.name(), earner.email());

        String base = "http://localhost:" + PORT;
        try (Chromium chromium = Chromium.launch()) {
            try (BrowserContext anyone = chromium.browser().newContext()) {
                Page page = anyone.newPage();
                page.navigate(base + "/pathways/" + id);
                assertThat(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName("Site Lead").setExact(true)))
                        .isVisible();
                assertThat(page.locator("meta[property='og:image']"))
                        .hasAttribute("content", base + "/badges/" + gold + "/image");
                assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("The steps of Site Lead")))
                        .isVisible();
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("First Aid at Work")))
                        .isVisible();
                screens(page, shots, "01-public");
            }
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page = context.newPage();
                Steps.logIn(page, base, earner.email());
                page.navigate(base + "/backpack");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My pathways"))
                        .click();
                page.waitForURL("**/backpack/pathways");
                // other tests' pathways may count this earner's badges too (every test badge aligns to the same skill)
                Locator entry = page.locator("#pathway-" + created.id());
                assertThat(entry.locator("[data-summary]")).hasText("60% complete");
                assertThat(entry.locator("[data-counts]")).containsText("3 done");
                assertThat(page.getByRole(
                                AriaRole.LINK, new Page.GetByRoleOptions().setName("How to earn First Aid at Work")))
                        .isVisible();
                screens(page, shots, "02-my-pathways");
                page.navigate(base + "/pathways/" + id);
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your progress")))
                        .isVisible();
            }
        }
    }

    /** The page at both widths ({@link Steps#shot}), and its diagram alone at each. */
    private static void screens(Page page, Path shots, String name) {
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width == 1280 ? 800 : 844);
            Steps.shot(page, shots, name + "-" + width);
            page.locator(".diagram-box")
                    .first()
                    .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                            .setPath(shots.resolve(name + "-diagram-" + width + ".png")));
        }
    }

    /** An achievement whose image is a round badge of this colour with a letter. */
    private static UUID badge(ApiCalls api, String name, String colour, String letter) {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
                <circle cx="64" cy="64" r="60" fill="%s"/><circle cx="64" cy="64" r="48" fill="none" stroke="#fff" stroke-width="4"/>
                <text x="64" y="80" font-family="Georgia, serif" font-size="48" font-weight="700" fill="#fff" text-anchor="middle">%s</text>
                </svg>""".formatted(colour, letter);
        ObjectNode body = ApiCalls.achievement(name);
        body.put("image", ApiCalls.dataUri("image/svg+xml", svg.getBytes(StandardCharsets.UTF_8)));
        ApiCalls.Answer created = api.post("/api/v1/achievements", body);
        if (created.status() != 201) {
            throw new AssertionError("achievement not created: " + created);
        }
        return UUID.fromString(created.json().get("id").asText());
    }
}
