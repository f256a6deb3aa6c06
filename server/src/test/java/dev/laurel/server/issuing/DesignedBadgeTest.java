package dev.laurel.server.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.bake.ImageKind;
import dev.laurel.credentials.bake.UnbakeResult;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A badge whose image is drawn in the designer: created through the badge form, its PNG drawn server-side, its
 * design kept for the edit form; a credential issued for it is baked into that image and verifies. The preview and
 * the templates answer the form's htmx requests.
 */
class DesignedBadgeTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerificationMethodResolver resolver;

    @Autowired
    HttpFetcher fetcher;

    @Test
    void createsABadgeFromADesignAndBakesItsCredentials() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Drawn Academy");
        Browser browser = issuer.owner().browser();
        String badges = "/organizations/" + issuer.organizationId() + "/badges";
        assertThat(browser.get(badges + "/new").body())
                .containsPattern("name=\"imageSource\" value=\"design\"[^>]*checked")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"512\"");

        Map<String, String> fields = designed("Data Wrangler");
        Browser.Page created = browser.postMultipart(badges, fields, null, null, null, null);

        assertThat(created.uri().getPath()).startsWith(badges + "/");
        UUID badgeId = UUID.fromString(
                created.uri().getPath().substring(created.uri().getPath().lastIndexOf('/') + 1));
        byte[] image = browser.raw(HttpRequest.newBuilder(browser.uri("/badges/" + badgeId + "/image")))
                .body();
        assertThat(ImageKind.detect(image)).isEqualTo(ImageKind.PNG);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(image));
        assertThat(png.getWidth()).isEqualTo(512);
        assertThat(png.getRGB(45, 256) & 0xFFFFFF)
                .as("the border on the left side")
                .isEqualTo(0xc9a227);
        assertThat(browser.get(badges + "/" + badgeId + "/edit").body())
                .as("the edit form shows the design again")
                .contains("value=\"Data Wrangler\"")
                .containsPattern("value=\"hexagon\"[^>]*checked")
                .containsPattern("name=\"imageSource\" value=\"design\"[^>]*checked");

        assertThat(browser.get(badges + "/" + badgeId).body()).contains("Download it as SVG");
        HttpResponse<byte[]> svg =
                browser.raw(HttpRequest.newBuilder(browser.uri(badges + "/" + badgeId + "/artwork.svg")));
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(new String(svg.body(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"512\"")
                .contains("<title>Data Wrangler · Level 2 · 2026</title>");

        UUID credential = Scenario.issue(issuer, badgeId, "王小明", uniqueEmail("drawn"));
        Browser anyone = new Browser(port);
        for (String kind : new String[] {"png", "svg"}) {
            byte[] baked = anyone.raw(HttpRequest.newBuilder(anyone.uri("/c/" + credential + "/badge." + kind)))
                    .body();
            assertThat(Baker.unbake(baked)).as(kind).isInstanceOf(UnbakeResult.Found.class);
            VerificationReport report = Verifier.builder()
                    .resolver(resolver)
                    .fetcher(fetcher)
                    .build()
                    .verify(baked);
            assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        }
    }

    @Test
    void refusesTextThatDoesNotStandOutAndCreatesNoBadge() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Pale Institute");
        Browser browser = issuer.owner().browser();
        String badges = "/organizations/" + issuer.organizationId() + "/badges";
        browser.get(badges + "/new");
        Map<String, String> fields = designed("Faint");
        fields.put("textColour", "#4a5f7a");

        Browser.Page refused = browser.postMultipart(badges, fields, null, null, null, null);

        assertThat(refused.body())
                .containsPattern("its contrast is 1\\.\\d\\d:1, and at least 4\\.5:1 is needed")
                .contains("Please correct the fields marked below.");
        assertThat(jdbc.sql("select count(*) from badges where organization_id = :org")
                        .param("org", issuer.organizationId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void previewsTheSvgAndKeepsTemplatesForTheOrganization() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Template College");
        Browser browser = issuer.owner().browser();
        String badges = "/organizations/" + issuer.organizationId() + "/badges";
        browser.get(badges + "/new");
        Map<String, String> fields = designed("<script>alert(1)</script>");

        String preview = browser.postMultipart(badges + "/artwork/preview", fields, null, null, null, null)
                .body();

        assertThat(preview)
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert")
                .contains("Text contrast 11.5:1");

        fields.put("templateName", "Gold hexagon");
        assertThat(browser.postMultipart(badges + "/artwork/templates", fields, null, null, null, null)
                        .body())
                .contains("Saved as the template “Gold hexagon”.")
                .contains(">Gold hexagon</option>");
        UUID template = jdbc.sql("select id from artwork_templates where organization_id = :org")
                .param("org", issuer.organizationId())
                .query(UUID.class)
                .single();
        assertThat(browser.get(badges + "/artwork?template=" + template).body())
                .containsPattern("value=\"hexagon\"[^>]*checked")
                .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"");

        Scenario.Issuer other = Scenario.issuer(port, jdbc, "Other College");
        Browser stranger = other.owner().browser();
        stranger.get("/organizations/" + other.organizationId() + "/badges/new");
        assertThat(stranger.get(badges + "/artwork?template=" + template).status())
                .isEqualTo(403);
        assertThat(stranger.get("/organizations/" + other.organizationId() + "/badges/artwork?template=" + template)
                        .status())
                .as("another organization's template")
                .isEqualTo(404);
    }

    @Test
    void anUploadedFileWinsOverTheDesignAndForgetsIt() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Upload University");
        Browser browser = issuer.owner().browser();
        String badges = "/organizations/" + issuer.organizationId() + "/badges";
        browser.get(badges + "/new");
        Browser.Page created = browser.postMultipart(badges, designed("Drawn First"), null, null, null, null);
        String path = created.uri().getPath();
        UUID badgeId = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        assertThat(artworks(badgeId)).isOne();

        browser.get(path + "/edit");
        browser.postMultipart(
                path + "/edit", designed("Drawn First"), "image", "up.png", "image/png", Images.png(128, 128));

        assertThat(artworks(badgeId)).isZero();
        assertThat(browser.get(path + "/artwork.svg").status()).isEqualTo(404);
        HttpResponse<byte[]> image = browser.raw(HttpRequest.newBuilder(browser.uri("/badges/" + badgeId + "/image")));
        assertThat(image.body()).isEqualTo(Images.png(128, 128));
    }

    private long artworks(UUID badgeId) {
        return jdbc.sql("select count(*) from badge_artworks where badge_id = :id")
                .param("id", badgeId)
                .query(Long.class)
                .single();
    }

    private static Map<String, String> designed(String line) {
        Map<String, String> fields = new LinkedHashMap<>(Scenario.badgeFields("Data Wrangler", "di"));
        fields.put("imageSource", "design");
        fields.put("shape", "hexagon");
        fields.put("background", "#1f3a5f");
        fields.put("border", "#c9a227");
        fields.put("textColour", "#ffffff");
        fields.put("line1", line);
        fields.put("line2", "Level 2");
        fields.put("line3", "");
        fields.put("icon", "chart-bar");
        fields.put("ribbon", "2026");
        fields.put("logoData", "");
        return fields;
    }
}
