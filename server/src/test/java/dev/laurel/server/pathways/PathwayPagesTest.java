package dev.laurel.server.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A published pathway's public page (and none for an unpublished one), with link previews' tags; the earner's "My
 * pathways": how far along, joining, and the step mails on or off.
 */
class PathwayPagesTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Pathways pathways;

    @Autowired
    PathwayProgress progress;

    record Built(ApiCalls api, Pathway pathway, UUID first, UUID second, UUID third) {}

    /** Bronze (first and second) then third; the first badge named as markup. */
    private Built build(String organization, String name, boolean published) {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, organization);
        UUID first = api.createAchievement("<script>alert(1)</script>");
        UUID second = api.createAchievement("First Aid");
        UUID third = api.createAchievement("Supervision");
        UUID bronze = api.createAchievement("Bronze");
        UUID goal = api.createAchievement("Site Lead");
        JsonNode steps = Json.parse("""
                {"all": [
                  {"id": "bronze", "milestone": "%s", "all": [{"id": "first", "achievement": "%s"},
                                                             {"id": "second", "achievement": "%s"}]},
                  {"id": "third", "achievement": "%s"},
                  {"id": "aid", "externalAchievement": "https://red-cross.example/achievements/rescue"}
                ]}""".formatted(bronze, first, second, third));
        OrganizationId id = new OrganizationId(api.organizationId());
        Actor actor = new Actor.Rule(api.organizationId());
        Pathway pathway = pathways.create(
                id,
                actor,
                new PathwayDraft(
                        name,
                        "Four badges to lead a site.",
                        new BadgeId(goal),
                        StepJson.parse(steps, "/steps"),
                        false));
        if (published) {
            pathway = pathways.publish(id, pathway.id(), actor, true);
        }
        return new Built(api, pathway, first, second, third);
    }

    @Test
    void anUnpublishedPathwayHasNoPublicPage() throws Exception {
        Built built = build("Hidden Council", "Hidden Path", false);

        assertThat(html("/pathways/" + built.pathway().id()).statusCode()).isEqualTo(404);
        assertThat(html("/pathways/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void aPublishedPathwayShowsItsStepsAndTellsLinkPreviewsAboutItWithAbsoluteAddresses() throws Exception {
        Built built = build("Open Council", "Site <b>Lead</b>", true);
        String base = "http://localhost:" + PORT;
        String page = base + "/pathways/" + built.pathway().id();

        HttpResponse<String> response = html("/pathways/" + built.pathway().id());

        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body();
        assertThat(body)
                .contains("<meta property=\"og:title\" content=\"Site &lt;b&gt;Lead&lt;/b&gt;\">")
                .contains("<meta property=\"og:description\" content=\"Four badges to lead a site.\">")
                .contains("<meta property=\"og:url\" content=\"" + page + "\">")
                .contains("<meta property=\"og:image\" content=\"" + base + "/badges/"
                        + built.pathway().goal() + "/image\">")
                .contains("<meta name=\"twitter:card\" content=\"summary\">")
                .contains("<link rel=\"alternate\" type=\"application/ld+json\" href=\"" + page + "\">")
                .contains("/pathways/" + built.pathway().id() + "/ctdl.json");
        assertThat(body)
                .as("names are text, never markup, in the page and in its diagram")
                .doesNotContain("<script>alert(1)")
                .doesNotContain("<b>Lead</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(body)
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("Open Council")
                .contains("First Aid", "Supervision", "Bronze")
                .contains("https://red-cross.example/achievements/rescue")
                .contains("Log in to join this pathway");
    }

    @Test
    void anEarnerSeesHowFarAlongTheyAreAndWhatToEarnNext() {
        Built built = build("Progress Council", "Site Lead Path", true);
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Pia Progress");
        built.api().issue(built.first(), earner.name(), earner.email());

        Browser.Page page = earner.browser().get("/backpack/pathways");

        assertThat(page.status()).isEqualTo(200);
        String entry = section(page.body(), "pathway-" + built.pathway().id());
        assertThat(entry)
                .contains("data-percent=\"25\"")
                .contains("25% complete")
                .contains("1 done", "1 in progress", "3 to do")
                .contains("What to earn next")
                .contains("How to earn First Aid", "How to earn Supervision")
                .contains("href=\"https://red-cross.example/achievements/rescue\"")
                .doesNotContain("How to earn &lt;script&gt;")
                .contains("data-status=\"done\"", "data-status=\"in-progress\"", "data-status=\"to-do\"");
        assertThat(page.body())
                .as("step mails are on until turned off")
                .contains("Stop mailing me when I complete a step");
    }

    @Test
    void anEarnerWithNoPathwaySeesWhatPathwaysAreAndJoinsAPublishedOne() {
        Built built = build("Joining Council", "Joinable Path", true);
        Built hidden = build("Closed Council", "Closed Path", false);
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Jo Joiner");

        Browser.Page empty = earner.browser().get("/backpack/pathways");
        assertThat(empty.body()).contains("You are not on a pathway yet");

        Browser.Page offered = earner.browser()
                .get("/backpack/pathways?join=" + built.pathway().id());
        assertThat(offered.body()).contains("Join Joinable Path?");
        Browser.Page joined =
                earner.browser().post("/backpack/pathways/" + built.pathway().id() + "/join", Map.of());
        assertThat(joined.uri().getPath()).isEqualTo("/backpack/pathways");
        assertThat(joined.body())
                .contains("You joined Joinable Path.")
                .contains("Joined by you")
                .contains("0% complete")
                .doesNotContain("You are not on a pathway yet");
        assertThat(html("/pathways/" + built.pathway().id(), earner.browser()))
                .as("the public page knows they are on it")
                .contains("See your progress");

        Browser.Page refused =
                earner.browser().post("/backpack/pathways/" + hidden.pathway().id() + "/join", Map.of());
        assertThat(refused.status()).as("an unpublished pathway is not found").isEqualTo(404);
        assertThat(refused.body()).doesNotContain("Closed Path");
        assertThat(earner.browser().get("/backpack/pathways").body()).doesNotContain("Closed Path");
    }

    @Test
    void anEarnerTurnsStepMailsOffAndOnWithACsrfProtectedForm() throws Exception {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Mo Mails");
        earner.browser().get("/backpack/pathways");

        Browser.Page off = earner.browser().post("/backpack/pathways/mails", Map.of("enabled", "false"));
        assertThat(off.body()).contains("No more mails when you complete a step.");
        assertThat(progress.mails(earner.email())).isFalse();

        Browser.Page on = earner.browser().post("/backpack/pathways/mails", Map.of("enabled", "true"));
        assertThat(on.body()).contains("Stop mailing me when I complete a step");
        assertThat(progress.mails(earner.email())).isTrue();

        int forged = earner.browser()
                .raw(HttpRequest.newBuilder(earner.browser().uri("/backpack/pathways/mails"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("enabled=false")))
                .statusCode();
        assertThat(forged).isEqualTo(403);
        assertThat(progress.mails(earner.email())).as("no token, no change").isTrue();
    }

    private HttpResponse<String> html(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
                                .header("Accept", "text/html")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String html(String path, Browser browser) {
        return new String(
                browser.raw(HttpRequest.newBuilder(browser.uri(path))
                                .header("Accept", "text/html")
                                .GET())
                        .body(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The HTML of the element with this id, up to the next section. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("an element with id " + id).isNotNegative();
        int end = html.indexOf("<section", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }
}
