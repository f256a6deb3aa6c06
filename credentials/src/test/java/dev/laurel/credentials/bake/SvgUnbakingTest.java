package dev.laurel.credentials.bake;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SvgUnbakingTest {

    private static final String REFUSED_DOCTYPE =
            "SVG declares a DOCTYPE with an internal subset (entity declarations), refused";

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY xxe \"LEAKED\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void readsTheSpecificationsOpenBadges3Examples() {
        String embedded = fixture("spec-ob3-embedded.svg");
        String json = embedded.substring(embedded.indexOf("<![CDATA[") + 9, embedded.indexOf("]]>"))
                .strip();

        assertThat(Baker.unbake(bytes(fixture("spec-ob3-jwt.svg"))))
                .isEqualTo(new UnbakeResult.Found(
                        ImageKind.SVG,
                        BadgePayload.openBadgeCredential("header.payload.signature"),
                        Optional.of("header.payload.signature")));
        assertThat(Baker.unbake(bytes(embedded)))
                .isEqualTo(new UnbakeResult.Found(
                        ImageKind.SVG, BadgePayload.openBadgeCredential(json), Optional.empty()));
    }

    @Test
    void readsTheSpecificationsOpenBadges2Examples() {
        String hosted = fixture("spec-ob2-hosted.svg");
        String json = hosted.substring(hosted.indexOf("<![CDATA[") + 9, hosted.indexOf("]]>"))
                .strip();
        String jws = "eyJhbGciOiJSUzI1NiJ9.eyJ1aWQiOiIxMjMifQ.c2lnbmF0dXJl";

        assertThat(Baker.unbake(bytes(hosted)))
                .isEqualTo(new UnbakeResult.Found(
                        ImageKind.SVG,
                        new BadgePayload(BadgeStandard.OPEN_BADGES_2_0, PayloadForm.JSON, json),
                        Optional.of("https://example.org/assertions/123")));
        assertThat(Baker.unbake(bytes(fixture("ob2-signed.svg"))))
                .isEqualTo(new UnbakeResult.Found(
                        ImageKind.SVG,
                        new BadgePayload(BadgeStandard.OPEN_BADGES_2_0, PayloadForm.COMPACT_JWS, jws),
                        Optional.of(jws)));
    }

    @Test
    void findsNothingInAPlainSvg() {
        assertThat(Baker.unbake(bytes(fixture("plain.svg")))).isEqualTo(new UnbakeResult.NotBaked(ImageKind.SVG));
    }

    static Stream<Arguments> unreadableSvgs() {
        return Stream.of(
                Arguments.of("malformed-unclosed.svg", "SVG is not well-formed XML: "),
                Arguments.of("malformed-duplicate-attribute.svg", "SVG is not well-formed XML: "),
                Arguments.of("malformed-after-credential.svg", "SVG is not well-formed XML: "),
                Arguments.of("malformed-utf8.svg", "SVG is not valid UTF-8 at byte 50"),
                Arguments.of("xxe-local-file.svg", REFUSED_DOCTYPE),
                Arguments.of("billion-laughs.svg", REFUSED_DOCTYPE),
                Arguments.of("undeclared-entity.svg", "SVG is not well-formed XML: "),
                Arguments.of("empty-credential.svg", "<openbadges:credential> element carries neither"));
    }

    @ParameterizedTest
    @MethodSource("unreadableSvgs")
    void reportsAnUnreadableSvg(String fixture, String expected) {
        byte[] svg = TestImages.resourceBytes("/bake/" + fixture);

        assertThat(ImageKind.detect(svg)).isEqualTo(ImageKind.SVG);
        assertThat(Baker.unbake(svg))
                .isInstanceOfSatisfying(UnbakeResult.Unreadable.class, unreadable -> assertThat(unreadable.message())
                        .startsWith(expected)
                        .doesNotContain("root:", "LEAKED")
                        .doesNotContain("\n"));
        assertThat(Baker.bake(svg, BadgePayload.openBadgeCredential("a.b.c")))
                .isInstanceOfSatisfying(BakeResult.Refused.class, refused -> assertThat(refused.message())
                        .startsWith(expected));
    }

    @Test
    void neverFetchesAnExternalEntityFromALocalServer() {
        String svg = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY xxe SYSTEM "%s/secret"><!ENTITY %% remote SYSTEM "%s/evil.dtd"> %%remote;]>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">
                <openbadges:credential>&xxe;</openbadges:credential></svg>
                """.formatted(serverUrl(), serverUrl());

        UnbakeResult unbaked = Baker.unbake(bytes(svg));
        BakeResult baked = Baker.bake(bytes(svg), BadgePayload.openBadgeCredential("a.b.c"));

        assertThat(unbaked).isEqualTo(new UnbakeResult.Unreadable(REFUSED_DOCTYPE));
        assertThat(baked).isEqualTo(new BakeResult.Refused(REFUSED_DOCTYPE));
        assertThat(requests).hasValue(0);
    }

    @Test
    void neverFetchesAnExternalDtdFromALocalServer() {
        String withEntity = externalDtdSvg("&xxe;");
        String withoutEntity = externalDtdSvg("{\"name\":\"no entity\"}");

        assertThat(Baker.unbake(bytes(withEntity)))
                .isInstanceOfSatisfying(UnbakeResult.Unreadable.class, unreadable -> assertThat(unreadable.message())
                        .startsWith("SVG is not well-formed XML: ")
                        .contains("The entity \"xxe\" was referenced, but not declared"));
        assertThat(Baker.unbake(bytes(withoutEntity)))
                .isEqualTo(new UnbakeResult.Found(
                        ImageKind.SVG, BadgePayload.openBadgeCredential("{\"name\":\"no entity\"}"), Optional.empty()));
        assertThat(Baker.bake(bytes(withoutEntity), BadgePayload.openBadgeCredential("a.b.c")))
                .isInstanceOf(BakeResult.Baked.class);
        assertThat(requests).hasValue(0);
    }

    @Test
    void theLocalServerIsReachedByAParserThatLoadsExternalDtds() throws Exception {
        // Shows that the two tests above would see a fetch if one happened.
        DocumentBuilderFactory.newDefaultInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(bytes(externalDtdSvg("&xxe;"))));

        assertThat(requests).hasValue(1);
    }

    private String externalDtdSvg(String body) {
        return """
                <!DOCTYPE svg SYSTEM "%s/evil.dtd">
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">
                <openbadges:credential>%s</openbadges:credential></svg>
                """.formatted(serverUrl(), body);
    }

    private String serverUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String fixture(String name) {
        return TestImages.resource("/bake/" + name);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
