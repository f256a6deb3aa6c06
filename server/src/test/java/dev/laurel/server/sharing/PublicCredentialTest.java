package dev.laurel.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.bake.ImageKind;
import dev.laurel.credentials.bake.UnbakeResult;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.Browser;
import dev.laurel.server.Images;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PublicCredentialTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerificationMethodResolver resolver;

    @Autowired
    HttpFetcher fetcher;

    @Test
    void showsTheCredentialsFactsPreviewTagsAndAVerifiedPanel() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Sharing University");
        UUID badgeId = Scenario.badge(issuer, "Teamwork", "di");
        UUID id = Scenario.issue(issuer, badgeId, "Ada Lovelace", uniqueEmail("ada"));
        String url = "http://localhost:" + PORT + "/c/" + id;
        String image = "http://localhost:" + PORT + "/badges/" + badgeId + "/image";

        Browser.Page page = new Browser(port).get("/c/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Teamwork</h1>")
                .contains("Awarded to Ada Lovelace")
                .contains("Recognizes teamwork.")
                .contains("Complete the course with a passing grade.")
                .contains("href=\"/issuers/" + issuer.organizationId() + "\"")
                .contains(">Sharing University<")
                .contains("Led the team project.")
                .contains("href=\"https://example.edu/projects/42\"")
                .contains("<li>collaboration</li>", "<li>Teamwork</li>", "<li>Communication</li>")
                .contains("href=\"https://esco.example/skills/teamwork\"", "ESCO · S1.8")
                .contains("Issued", "Expires", ">Active<")
                .contains("<meta property=\"og:title\" content=\"Teamwork — Ada Lovelace\">")
                .contains("<meta property=\"og:image\" content=\"" + image + "\">")
                .contains("<meta property=\"og:url\" content=\"" + url + "\">")
                .contains("<meta property=\"og:description\" content=\"Awarded to Ada Lovelace · Sharing University")
                .contains("<meta name=\"twitter:card\" content=\"summary\">")
                .contains("<link rel=\"canonical\" href=\"" + url + "\">")
                .contains("hx-get=\"/c/" + id + "/verification\"")
                .contains("href=\"/c/" + id + "/badge.png\"", "href=\"/c/" + id + "/credential.json\"")
                .doesNotContain("/credential.jwt\"")
                .doesNotContain("<script>")
                .doesNotContain("style=");

        String panel = fragment(id);
        assertThat(panel).doesNotContain("<html").startsWith("<section");
        assertThat(panel).contains("class=\"verdict verified\"").contains(">Verified<");
        for (String check :
                new String[] {"format", "context", "type", "schema", "subject", "proof", "issuer", "status"}) {
            assertThat(checkStatus(panel, check)).as(check).isEqualTo("passed");
        }
        Browser.Page standalone = new Browser(port).get("/c/" + id + "/verification");
        assertThat(standalone.body()).contains("<html").contains(">Verified<").contains("Back to the credential");
    }

    @Test
    void aRevokedCredentialSaysSoAndItsStatusCheckFails() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Revoking College");
        UUID badgeId = Scenario.badge(issuer, "Honesty", "di");
        UUID id = Scenario.issue(issuer, badgeId, "Ed Earner", uniqueEmail("ed"));
        changeState(issuer, id, "revoke", "Plagiarism");

        Browser.Page page = new Browser(port).get("/c/" + id);
        assertThat(page.body())
                .contains("class=\"state-banner revoked\"")
                .contains("Revoked by Revoking College")
                .contains("Reason: Plagiarism");
        String panel = fragment(id);
        assertThat(panel)
                .contains("class=\"verdict not-verified\"")
                .contains("Not valid — revoked by Revoking College on ")
                .contains("<summary>Show every check</summary>");
        assertThat(checkStatus(panel, "status")).isEqualTo("failed");
        assertThat(checkStatus(panel, "proof")).isEqualTo("passed");
    }

    @Test
    void aSuspendedCredentialSaysSoOnThePageAndInThePanel() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Suspending Academy");
        UUID badgeId = Scenario.badge(issuer, "Safety", "jwt");
        UUID id = Scenario.issue(issuer, badgeId, "Sue Pended", uniqueEmail("sue"));
        changeState(issuer, id, "suspend", "Under review");

        assertThat(new Browser(port).get("/c/" + id).body())
                .contains("class=\"state-banner suspended\"")
                .contains("Suspended by Suspending Academy")
                .contains("Reason: Under review");
        String panel = fragment(id);
        assertThat(panel)
                .contains("class=\"verdict suspended\"")
                .contains("Signature valid, but suspended")
                .contains("Suspending Academy suspended this credential");
        assertThat(checkStatus(panel, "status")).isEqualTo("passed");
        assertThat(checkStatus(panel, "suspension")).isEqualTo("Suspended");
    }

    @Test
    void servesTheDocumentExactlyAsIssuedToClientsThatAskForIt() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Negotiating Institute");
        UUID di = Scenario.issue(issuer, Scenario.badge(issuer, "Diplomacy", "di"), "Nina", uniqueEmail("nina"));
        UUID jwt = Scenario.issue(issuer, Scenario.badge(issuer, "Tokens", "jwt"), "Jo", uniqueEmail("jo"));
        Browser anyone = new Browser(port);

        for (String type : new String[] {"application/json", "application/ld+json", "application/vc+ld+json"}) {
            HttpResponse<byte[]> response = get(anyone, "/c/" + di, type);
            assertThat(response.statusCode()).as(type).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
            assertThat(text(response)).isEqualTo(document(di));
            assertThat(Json.parse(text(response)).get("id").asText())
                    .isEqualTo("http://localhost:" + PORT + "/c/" + di);
        }
        assertThat(get(anyone, "/c/" + di, "application/vc+jwt").statusCode()).isEqualTo(406);
        assertThat(text(get(anyone, "/c/" + di, "text/html,application/xhtml+xml,*/*;q=0.8")))
                .contains("<h1>Diplomacy</h1>");

        HttpResponse<byte[]> token = get(anyone, "/c/" + jwt, "application/vc+jwt");
        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(token.headers().firstValue("Content-Type").orElse("")).startsWith("application/vc+jwt");
        assertThat(text(token)).isEqualTo(document(jwt));
        HttpResponse<byte[]> refused = get(anyone, "/c/" + jwt, "application/json");
        assertThat(refused.statusCode()).isEqualTo(406);
        assertThat(text(refused)).contains("application/vc+jwt");
        assertThat(anyone.get("/c/" + jwt).body())
                .contains("href=\"/c/" + jwt + "/credential.jwt\"")
                .contains("signed as a VC-JWT")
                .doesNotContain("/credential.json\"");
    }

    @Test
    void eachDownloadCarriesTheStoredDocumentAndVerifies() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Baking School");
        UUID pngBadge = Scenario.badge(issuer, "Ünïcode Bread & Butter", "di");
        UUID svgBadge = Scenario.badge(issuer, "Vector Pastry", "jwt", "badge.svg", Images.svg(120, 120));
        UUID di = Scenario.issue(issuer, pngBadge, "Baker One", uniqueEmail("one"));
        UUID jwt = Scenario.issue(issuer, svgBadge, "Baker Two", uniqueEmail("two"));
        Browser anyone = new Browser(port);

        for (UUID id : new UUID[] {di, jwt}) {
            for (String kind : new String[] {"png", "svg"}) {
                HttpResponse<byte[]> response = get(anyone, "/c/" + id + "/badge." + kind, "*/*");
                assertThat(response.statusCode()).as(id + " " + kind).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .startsWith(kind.equals("png") ? "image/png" : "image/svg+xml");
                String slug = id.equals(di) ? "unicode-bread-butter" : "vector-pastry";
                assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                        .startsWith("attachment")
                        .contains("filename=\"" + slug + "." + kind + "\"");
                byte[] image = response.body();
                assertThat(ImageKind.detect(image)).isEqualTo(kind.equals("png") ? ImageKind.PNG : ImageKind.SVG);
                assertThat(Baker.unbake(image)).isInstanceOfSatisfying(UnbakeResult.Found.class, found -> assertThat(
                                found.payload().text())
                        .isEqualTo(document(id)));
                VerificationReport report = verifier().verify(image);
                assertThat(report.verified()).as(report.toJson().toString()).isTrue();
            }
        }
        BufferedImage rendered = ImageIO.read(new ByteArrayInputStream(
                get(anyone, "/c/" + jwt + "/badge.png", "*/*").body()));
        assertThat(rendered.getWidth()).isEqualTo(512);
        assertThat(rendered.getHeight()).isEqualTo(512);
        assertThat(new String(get(anyone, "/c/" + di + "/badge.svg", "*/*").body(), StandardCharsets.UTF_8))
                .contains("<image width=\"128\" height=\"128\" href=\"data:image/png;base64,");

        HttpResponse<byte[]> json = get(anyone, "/c/" + di + "/credential.json", "*/*");
        assertThat(json.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment")
                .contains("unicode-bread-butter.json");
        assertThat(text(json)).isEqualTo(document(di));
        assertThat(verifier().verify(json.body()).verified()).isTrue();
        HttpResponse<byte[]> token = get(anyone, "/c/" + jwt + "/credential.jwt", "*/*");
        assertThat(token.headers().firstValue("Content-Disposition").orElse("")).contains("vector-pastry.jwt");
        assertThat(text(token)).isEqualTo(document(jwt));
        assertThat(verifier().verify(token.body()).verified()).isTrue();
        assertThat(get(anyone, "/c/" + jwt + "/credential.json", "*/*").statusCode())
                .isEqualTo(404);
        assertThat(get(anyone, "/c/" + di + "/credential.jwt", "*/*").statusCode())
                .isEqualTo(404);
    }

    @Test
    void unknownIdsAreNotFoundNeverAnError() {
        Browser anyone = new Browser(port);
        String unknown = UUID.randomUUID().toString();
        for (String path : new String[] {
            "/c/" + unknown,
            "/c/not-a-uuid",
            "/c/" + unknown + "/verification",
            "/c/not-a-uuid/verification",
            "/c/" + unknown + "/badge.png",
            "/c/" + unknown + "/badge.svg",
            "/c/" + unknown + "/credential.json",
            "/c/" + unknown + "/credential.jwt"
        }) {
            HttpResponse<byte[]> page = get(anyone, path, "text/html,application/xhtml+xml,*/*;q=0.8");
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(text(page)).as(path).contains("Page not found");
        }
        assertThat(get(anyone, "/c/" + unknown, "application/json").statusCode())
                .isEqualTo(404);
        assertThat(get(anyone, "/c/not-a-uuid", "application/vc+jwt").statusCode())
                .isEqualTo(404);
    }

    private void changeState(Scenario.Issuer issuer, UUID id, String action, String reason) {
        String base = "/organizations/" + issuer.organizationId() + "/credentials/" + id;
        Browser browser = issuer.owner().browser();
        browser.get(base);
        assertThat(browser.post(base + "/" + action, Map.of("reason", reason)).status())
                .isEqualTo(200);
    }

    /** The panel as htmx loads it. */
    private String fragment(UUID id) {
        Browser anyone = new Browser(port);
        HttpResponse<byte[]> response = anyone.raw(
                HttpRequest.newBuilder(anyone.uri("/c/" + id + "/verification")).header("HX-Request", "true"));
        assertThat(response.statusCode()).isEqualTo(200);
        return text(response).strip();
    }

    /** The status a panel shows for a check: the text of the pill following the check's id. */
    private static String checkStatus(String panel, String check) {
        var matcher = Pattern.compile("<code>" + check + "</code>\\s*<span><span class=\"pill[^\"]*\">([^<]+)</span>")
                .matcher(panel);
        assertThat(matcher.find()).as(check + " in " + panel).isTrue();
        return matcher.group(1);
    }

    private static HttpResponse<byte[]> get(Browser browser, String path, String accept) {
        return browser.raw(HttpRequest.newBuilder(browser.uri(path)).header("Accept", accept));
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private String document(UUID id) {
        return jdbc.sql("select document from credentials where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private Verifier verifier() {
        return Verifier.builder().resolver(resolver).fetcher(fetcher).build();
    }
}
