package dev.laurel.credentials.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class SvgBakingTest {

    static final String OB3 = "https://purl.imsglobal.org/ob/v3p0";
    static final String OB2 = "http://openbadges.org";

    /** Declaration, comments and a processing instruction before the root, a '>' inside an attribute. */
    static final String SVG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment with <svg> and > inside -->
            <?xml-stylesheet href="style.css" type="text/css"?>
            <svg xmlns="http://www.w3.org/2000/svg" data-note="a > b" viewBox='0 0 10 10'
                 width="10"   >
              <title>%s's badge</title>
              <!-- <openbadges:credential> in a comment is not a credential -->
              <rect width="10" height="10" fill="#c00"/>
            </svg>
            """.formatted(TestImages.NAME);

    static Stream<Arguments> payloads() {
        return PngBakingTest.payloads();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void unbakesWhatWasBaked(BadgePayload payload, PayloadForm expectedForm) {
        byte[] baked = bakedImage(SVG, payload);

        UnbakeResult.Found found = (UnbakeResult.Found) Baker.unbake(baked);

        assertThat(found.payload()).isEqualTo(payload);
        assertThat(found.payload().form()).isEqualTo(expectedForm);
        assertThat(found.image()).isEqualTo(ImageKind.SVG);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void placesTheCredentialFirstInTheRootAndDeclaresItsNamespaceThere(BadgePayload payload) throws Exception {
        Element root = parse(bakedImage(SVG, payload));

        Node first = root.getFirstChild();
        String namespace = payload.standard() == BadgeStandard.OPEN_BADGES_3_0 ? OB3 : OB2;
        assertThat(root.getAttribute("xmlns:openbadges")).isEqualTo(namespace);
        assertThat(first.getNamespaceURI()).isEqualTo(namespace);
        assertThat(first.getNodeName())
                .isEqualTo(
                        payload.standard() == BadgeStandard.OPEN_BADGES_3_0
                                ? "openbadges:credential"
                                : "openbadges:assertion");
        assertThat(root.getElementsByTagNameNS(namespace, "*").getLength()).isEqualTo(1);
    }

    @Test
    void writesAJwtInTheVerifyAttributeAndJsonInCdata() throws Exception {
        String jwt = TestImages.credentialJwt();
        String json = TestImages.awkwardCredentialJson();

        Element withJwt = (Element)
                parse(bakedImage(SVG, BadgePayload.openBadgeCredential(jwt))).getFirstChild();
        Element withJson = (Element)
                parse(bakedImage(SVG, BadgePayload.openBadgeCredential(json))).getFirstChild();

        assertThat(withJwt.getAttribute("verify")).isEqualTo(jwt);
        assertThat(withJwt.getTextContent()).isEmpty();
        assertThat(withJson.hasAttribute("verify")).isFalse();
        assertThat(withJson.getTextContent()).isEqualTo(json);
    }

    @Test
    void givesAnOpenBadges2AssertionTheVerifyUrlOfItsHostedCopy() throws Exception {
        String json = TestImages.hostedAssertionJson();

        byte[] baked = bakedImage(SVG, BadgePayload.assertion(json));

        Element assertion = (Element) parse(baked).getFirstChild();
        assertThat(assertion.getAttribute("verify")).isEqualTo("https://example.org/assertions/123");
        assertThat(assertion.getTextContent()).isEqualTo(json);
        assertThat(((UnbakeResult.Found) Baker.unbake(baked)).verify()).contains("https://example.org/assertions/123");
    }

    @Test
    void escapesAttributeValues() {
        BadgePayload payload = BadgePayload.assertion("https://example.org/a?b=1&c=\"2\"<3>\t'4'");

        UnbakeResult.Found found = (UnbakeResult.Found) Baker.unbake(bakedImage(SVG, payload));

        assertThat(found.payload()).isEqualTo(payload);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void changesNoByteBesidesTheInsertedElementAndDeclaration(BadgePayload payload) {
        String baked = new String(bakedImage(SVG, payload), StandardCharsets.UTF_8);
        String namespace = payload.standard() == BadgeStandard.OPEN_BADGES_3_0 ? OB3 : OB2;
        String declaration = " xmlns:openbadges=\"" + namespace + "\"";
        Matcher element = Pattern.compile(
                        "<openbadges:(credential|assertion)[ >/].*?(</openbadges:\\1>|/>)", Pattern.DOTALL)
                .matcher(baked);

        assertThat(element.find()).isTrue();
        String withoutElement = baked.substring(0, element.start()) + baked.substring(element.end());
        assertThat(withoutElement.indexOf(declaration)).isEqualTo(withoutElement.lastIndexOf(declaration));
        String original = withoutElement.replace(declaration, "");

        assertThat(original.getBytes(StandardCharsets.UTF_8)).isEqualTo(SVG.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rebakingReplacesTheCredential() throws Exception {
        BadgePayload first = BadgePayload.openBadgeCredential(TestImages.signedCredentialJson());
        BadgePayload second = BadgePayload.openBadgeCredential(TestImages.credentialJwt());

        BakeResult.Baked rebaked = (BakeResult.Baked) Baker.bake(bakedImage(SVG, first), second);

        assertThat(rebaked.replaced()).containsExactly(BadgeStandard.OPEN_BADGES_3_0);
        assertThat(((UnbakeResult.Found) Baker.unbake(rebaked.image())).payload())
                .isEqualTo(second);
        assertThat(parse(rebaked.image()).getElementsByTagNameNS(OB3, "*").getLength())
                .isEqualTo(1);
        assertThat(rebaked.image()).isEqualTo(bakedImage(SVG, second));
    }

    @Test
    void bakingAnOpenBadges3CredentialReplacesAnOpenBadges2AssertionAndRebindsThePrefix() {
        BadgePayload assertion = BadgePayload.assertion(TestImages.hostedAssertionJson());
        BadgePayload credential = BadgePayload.openBadgeCredential(TestImages.signedCredentialJson());

        BakeResult.Baked rebaked = (BakeResult.Baked) Baker.bake(bakedImage(SVG, assertion), credential);

        assertThat(rebaked.replaced()).containsExactly(BadgeStandard.OPEN_BADGES_2_0);
        assertThat(new String(rebaked.image(), StandardCharsets.UTF_8)).doesNotContain(OB2, "openbadges:assertion");
        assertThat(rebaked.image()).isEqualTo(bakedImage(SVG, credential));
    }

    @Test
    void removesCredentialsBakedAnywhereUnderAnyPrefix() throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg"><g><ob:credential xmlns:ob="%s">{"old":1}</ob:credential></g>\
                <assertion xmlns="%s" verify="https://example.org/old"/></svg>""".formatted(OB3, OB2);
        BadgePayload payload = BadgePayload.openBadgeCredential(TestImages.credentialJwt());

        BakeResult.Baked baked = (BakeResult.Baked) Baker.bake(svg.getBytes(StandardCharsets.UTF_8), payload);

        Element root = parse(baked.image());
        assertThat(baked.replaced()).containsExactly(BadgeStandard.OPEN_BADGES_3_0, BadgeStandard.OPEN_BADGES_2_0);
        assertThat(root.getElementsByTagNameNS(OB3, "*").getLength()).isEqualTo(1);
        assertThat(root.getElementsByTagNameNS(OB2, "*").getLength()).isZero();
        assertThat(root.getElementsByTagName("g").item(0).getChildNodes().getLength())
                .isZero();
    }

    static Stream<Arguments> unusualRoots() {
        return Stream.of(
                Arguments.of("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\"/>"),
                Arguments.of("\uFEFF<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"><svg:g/></svg:svg>"),
                Arguments.of("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                        + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg\n>\n</svg>\n"));
    }

    @ParameterizedTest
    @MethodSource("unusualRoots")
    void bakesIntoSelfClosingPrefixedAndDoctypedRoots(String svg) throws Exception {
        BadgePayload payload = BadgePayload.openBadgeCredential(TestImages.awkwardCredentialJson());

        byte[] baked = bakedImage(svg, payload);

        assertThat(((UnbakeResult.Found) Baker.unbake(baked)).payload()).isEqualTo(payload);
        assertThat(parse(baked).getFirstChild().getLocalName()).isEqualTo("credential");
    }

    @Test
    void refusesAnSvgInAnotherEncoding() {
        byte[] latin1 =
                "<?xml version='1.0' encoding='ISO-8859-1'?><svg>caf\u00e9</svg>".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(Baker.bake(latin1, BadgePayload.openBadgeCredential(TestImages.credentialJwt())))
                .isEqualTo(new BakeResult.Refused("SVG declares the encoding ISO-8859-1; only UTF-8 SVG can be baked"));
    }

    @Test
    void refusesToRebindAForeignOpenbadgesPrefix() {
        byte[] svg = "<svg xmlns:openbadges=\"urn:other\"/>".getBytes(StandardCharsets.UTF_8);

        assertThat(Baker.bake(svg, BadgePayload.openBadgeCredential(TestImages.credentialJwt())))
                .isInstanceOfSatisfying(BakeResult.Refused.class, refused -> assertThat(refused.message())
                        .contains("urn:other"));
    }

    @Test
    void refusesAPayloadThatXmlCannotCarry() {
        BadgePayload payload = BadgePayload.openBadgeCredential("{\"a\":\"\u0001\"}");

        assertThat(Baker.bake(SVG.getBytes(StandardCharsets.UTF_8), payload))
                .isEqualTo(new BakeResult.Refused("the payload contains U+0001, which XML 1.0 cannot carry"));
    }

    @Test
    void refusesAnImageThatIsNeitherPngNorSvg() {
        byte[] html = "<html><body>badge</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(Baker.bake(html, BadgePayload.openBadgeCredential(TestImages.credentialJwt())))
                .isEqualTo(new BakeResult.Refused("not a PNG or SVG image"));
    }

    static byte[] bakedImage(String svg, BadgePayload payload) {
        BakeResult result = Baker.bake(svg.getBytes(StandardCharsets.UTF_8), payload);
        assertThat(result).isInstanceOf(BakeResult.Baked.class);
        return ((BakeResult.Baked) result).image();
    }

    /** The root element, parsed by a namespace-aware DOM parser with DTDs ignored. */
    static Element parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getDocumentElement();
    }
}
