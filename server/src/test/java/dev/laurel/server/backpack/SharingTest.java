package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

class SharingTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void linkedInAddToProfileCarriesTheCertificationWithTheOrganizationsLinkedInId() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "LinkedIn University");
        setLinkedInId(issuer, "1337");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Lin Kedin");
        UUID credential =
                Scenario.issue(issuer, Scenario.badge(issuer, "Data Science", "di"), earner.name(), earner.email());
        UUID item = Earners.accept(earner, credential, jdbc);
        var row = jdbc.sql("select issued_at, valid_until from credentials where id = :id")
                .param("id", credential)
                .query((rs, n) -> new java.time.Instant[] {
                    rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()
                })
                .single();
        ZonedDateTime issued = row[0].atZone(ZoneOffset.UTC);
        ZonedDateTime until = row[1].atZone(ZoneOffset.UTC);

        Map<String, String> fields =
                linkedIn(earner.browser().get("/backpack/items/" + item).body());
        assertThat(fields)
                .containsEntry("startTask", "CERTIFICATION_NAME")
                .containsEntry("name", "Data Science")
                .containsEntry("organizationId", "1337")
                .doesNotContainKey("organizationName")
                .containsEntry("issueYear", String.valueOf(issued.getYear()))
                .containsEntry("issueMonth", String.valueOf(issued.getMonthValue()))
                .containsEntry("expirationYear", String.valueOf(until.getYear()))
                .containsEntry("expirationMonth", String.valueOf(until.getMonthValue()))
                .containsEntry("certUrl", "http://localhost:" + PORT + "/c/" + credential)
                .containsEntry("certId", credential.toString());
        assertThat(until.getYear() * 12 + until.getMonthValue() - issued.getYear() * 12 - issued.getMonthValue())
                .isEqualTo(24);
    }

    @Test
    void withoutALinkedInIdTheOrganizationIsNamedAndTheOtherNetworksGetThePage() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Nameless & Sons");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Ann Named");
        UUID credential =
                Scenario.issue(issuer, Scenario.badge(issuer, "Carpentry", "jwt"), earner.name(), earner.email());
        UUID item = Earners.accept(earner, credential, jdbc);
        String page = earner.browser().get("/backpack/items/" + item).body();
        assertThat(linkedIn(page))
                .containsEntry("organizationName", "Nameless & Sons")
                .doesNotContainKey("organizationId");
        String url = "http://localhost:" + PORT + "/c/" + credential;
        String encoded = java.net.URLEncoder.encode(url, StandardCharsets.UTF_8);
        assertThat(HtmlUtils.htmlUnescape(page))
                .contains("https://www.linkedin.com/sharing/share-offsite/?url=" + encoded)
                .contains("https://x.com/intent/tweet?text=")
                .contains("&url=" + encoded)
                .contains("https://www.facebook.com/sharer/sharer.php?u=" + encoded)
                .contains("<iframe src=\"http://localhost:" + PORT + "/embed/" + item + "\"")
                .contains("sandbox=\"allow-popups allow-popups-to-escape-sandbox\"");
    }

    /**
     * A pasted snippet cannot change after revocation, so it claims nothing it cannot keep: it names the badge and its
     * issuer and links to the live page; the page recommends the live iframe, whose card shows the current status.
     */
    @Test
    void theStaticSnippetsNameTheBadgeItsIssuerAndTheLivePageAndClaimNoVerification() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Snippet & Sons");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Sni Ppet");
        UUID credential =
                Scenario.issue(issuer, Scenario.badge(issuer, "Plumbing", "di"), earner.name(), earner.email());
        UUID item = Earners.accept(earner, credential, jdbc);
        String page = earner.browser().get("/backpack/items/" + item).body();
        String live = "http://localhost:" + PORT + "/c/" + credential;
        for (String id : new String[] {"share-embed", "share-signature"}) {
            String snippet = textarea(page, id);
            assertThat(snippet)
                    .as(id)
                    .contains("<a href=\"" + live + "\"")
                    .contains(">Plumbing</a>")
                    .contains("Snippet &amp; Sons")
                    .doesNotContainIgnoringCase("verified")
                    .doesNotContain("&#10003;")
                    .doesNotContain("✓");
        }
        assertThat(page)
                .contains("A pasted snippet cannot change: it never says whether the credential is still valid.")
                .contains("Prefer the live iframe");
        assertThat(textarea(page, "share-iframe")).contains("/embed/" + item);
    }

    private static String textarea(String page, String id) {
        Matcher matcher = Pattern.compile("<textarea id=\"" + id + "\"[^>]*>([^<]*)</textarea>")
                .matcher(page);
        assertThat(matcher.find()).as(id).isTrue();
        return HtmlUtils.htmlUnescape(matcher.group(1));
    }

    @Test
    void qrCodesCarryThePublicPageAndEachShareIsRecordedByChannel() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Quick Response College");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Q Are");
        UUID credential =
                Scenario.issue(issuer, Scenario.badge(issuer, "Scanning", "di"), earner.name(), earner.email());
        UUID item = Earners.accept(earner, credential, jdbc);
        Browser browser = earner.browser();
        browser.get("/backpack/items/" + item);

        HttpResponse<byte[]> png =
                browser.raw(HttpRequest.newBuilder(browser.uri("/backpack/items/" + item + "/qr.png")));
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(
                                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
        assertThat(decoded).isEqualTo("http://localhost:" + PORT + "/c/" + credential);
        HttpResponse<byte[]> svg =
                browser.raw(HttpRequest.newBuilder(browser.uri("/backpack/items/" + item + "/qr.svg")));
        assertThat(new String(svg.body(), StandardCharsets.UTF_8))
                .startsWith("<svg")
                .contains("<path");

        browser.get("/backpack/items/" + item);
        for (String channel : new String[] {"linkedin", "x", "link", "linkedin"}) {
            assertThat(browser.post("/backpack/items/" + item + "/shared", Map.of("channel", channel))
                            .status())
                    .isEqualTo(204);
        }
        assertThat(browser.post("/backpack/items/" + item + "/shared", Map.of("channel", "myspace"))
                        .status())
                .isEqualTo(400);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select channel, count(*) from backpack_shares where item_id = :item group by channel order by 1")
                .param("item", item)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
                .list();
        assertThat(counts)
                .containsExactly(
                        Map.entry("link", 1L), Map.entry("linkedin", 2L), Map.entry("qr", 2L), Map.entry("x", 1L));
        Scenario.Person other = Scenario.signUp(port, jdbc, "Not Owner");
        other.browser().get("/backpack");
        assertThat(other.browser()
                        .post("/backpack/items/" + item + "/shared", Map.of("channel", "x"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theEmbeddableCardMayBeFramedAnywhereAndRunsNoScript() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Framed Academy");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Fay Framed");
        UUID credential =
                Scenario.issue(issuer, Scenario.badge(issuer, "Framing", "di"), earner.name(), earner.email());
        UUID item = Earners.accept(earner, credential, jdbc);
        Browser anyone = new Browser(port);
        HttpResponse<byte[]> embed = anyone.raw(HttpRequest.newBuilder(anyone.uri("/embed/" + item)));
        String body = new String(embed.body(), StandardCharsets.UTF_8);
        assertThat(embed.statusCode()).isEqualTo(200);
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(embed.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("frame-ancestors *").doesNotContain("script-src"));
        assertThat(body)
                .contains("Framing")
                .containsPattern("<span>Valid — issued by Framed Academy on \\d{1,2} \\w+ \\d{4}\\.</span>")
                .doesNotContain("<script");
        assertThat(anyone.raw(HttpRequest.newBuilder(anyone.uri("/c/" + credential)))
                        .headers()
                        .firstValue("X-Frame-Options"))
                .as("other pages still refuse framing")
                .isPresent();
    }

    @Test
    void publicPagesPreviewWithOpenGraphAndTwitterCards() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Preview College");
        UUID badge = Scenario.badge(issuer, "Previewing", "di");
        UUID credential = Scenario.issue(issuer, badge, "Pat Preview", uniqueEmail("pat"));
        String page = new Browser(port).get("/c/" + credential).body();
        String image = "http://localhost:" + PORT + "/badges/" + badge + "/image";
        assertThat(page)
                .contains("<meta property=\"og:title\" content=\"Previewing — Pat Preview\">")
                .contains("<meta property=\"og:image\" content=\"" + image + "\">")
                .contains("<meta property=\"og:url\" content=\"http://localhost:" + PORT + "/c/" + credential + "\">")
                .contains("<meta name=\"twitter:card\" content=\"summary\">")
                .contains("<meta name=\"twitter:image\" content=\"" + image + "\">")
                .contains("<meta name=\"twitter:image:alt\" content=\"Previewing\">");
    }

    private void setLinkedInId(Scenario.Issuer issuer, String id) {
        String path = "/organizations/" + issuer.organizationId() + "/settings";
        Browser browser = issuer.owner().browser();
        browser.get(path);
        Browser.Page saved = browser.post(
                path,
                Map.of(
                        "name", "LinkedIn University",
                        "url", "https://example.edu",
                        "email", "badges@example.edu",
                        "description", "Issues badges.",
                        "linkedinOrganizationId", id));
        assertThat(jdbc.sql("select linkedin_organization_id from organizations where id = :id")
                        .param("id", issuer.organizationId())
                        .query(String.class)
                        .single())
                .as("saved through the settings page: %s %s", saved.status(), saved.uri())
                .isEqualTo(id);
    }

    /** The query fields of the "Add to LinkedIn profile" button's URL. */
    static Map<String, String> linkedIn(String page) {
        Matcher href =
                Pattern.compile("id=\"linkedin-profile\" href=\"([^\"]+)\"").matcher(page);
        assertThat(href.find()).as("the LinkedIn button").isTrue();
        URI uri = URI.create(HtmlUtils.htmlUnescape(href.group(1)));
        assertThat(uri.getHost()).isEqualTo("www.linkedin.com");
        assertThat(uri.getPath()).isEqualTo("/profile/add");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            fields.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
