package dev.laurel.credentials.bake;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The {@code <openbadges:credential>} (Open Badges 3.0) or {@code <openbadges:assertion>} (2.0) element: reads a
 * found one, and writes a new one as markup text.
 */
final class SvgCredentialElement {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SvgCredentialElement() {}

    /** Reads the element the reader stands on (a START_ELEMENT), leaving the reader on its END_ELEMENT. */
    static UnbakeResult read(XMLStreamReader reader, BadgeStandard standard) throws XMLStreamException {
        String name = "<openbadges:" + standard.svgElement + ">";
        Optional<String> verify = Optional.ofNullable(reader.getAttributeValue(null, "verify"))
                .map(String::strip)
                .filter(value -> !value.isEmpty());
        StringBuilder body = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.ENTITY_REFERENCE -> {
                    return SvgReader.entityRefused(reader);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        body.append(reader.getText());
                    }
                }
                default -> {}
            }
        }
        String text = body.toString().strip();
        BadgePayload payload;
        if (standard == BadgeStandard.OPEN_BADGES_3_0 && verify.isPresent()) {
            payload = new BadgePayload(standard, PayloadForm.COMPACT_JWS, verify.get());
        } else if (!text.isEmpty()) {
            payload = new BadgePayload(standard, PayloadForm.JSON, text);
        } else if (verify.isPresent()) {
            payload = BadgePayload.of(standard, verify.get());
        } else {
            return new UnbakeResult.Unreadable(name + " element carries neither a verify attribute nor a body");
        }
        return new UnbakeResult.Found(ImageKind.SVG, payload, verify);
    }

    /**
     * The markup of a new element holding the payload, or why XML cannot carry it: a JSON payload goes in CDATA, a
     * JWS or URL in the {@code verify} attribute. An Open Badges 2.0 JSON assertion also gets a {@code verify}
     * attribute with its hosted URL ({@code verify.url}, else an http(s) {@code id}) when it has one.
     */
    static Rendered render(BadgePayload payload) {
        Optional<String> unfit = XmlText.unrepresentable(payload.text());
        if (unfit.isPresent()) {
            return new Rendered.Unfit("the payload contains " + unfit.get() + ", which XML 1.0 cannot carry");
        }
        String name = "openbadges:" + payload.standard().svgElement;
        StringBuilder markup = new StringBuilder("<").append(name);
        if (payload.form() == PayloadForm.JSON) {
            if (payload.standard() == BadgeStandard.OPEN_BADGES_2_0) {
                hostedUrl(payload.text()).ifPresent(url -> markup.append(" verify=\"")
                        .append(XmlText.attributeValue(url))
                        .append('"'));
            }
            markup.append('>')
                    .append(XmlText.cdata(payload.text()))
                    .append("</")
                    .append(name)
                    .append('>');
        } else {
            markup.append(" verify=\"")
                    .append(XmlText.attributeValue(payload.text()))
                    .append('"');
            // Open Badges 2.0: "the tag should be self closing"; the 3.0 examples close it with an end tag.
            markup.append(payload.standard() == BadgeStandard.OPEN_BADGES_2_0 ? "/>" : "></" + name + ">");
        }
        return new Rendered.Markup(markup.toString());
    }

    sealed interface Rendered {
        record Markup(String text) implements Rendered {}

        record Unfit(String message) implements Rendered {}
    }

    private static Optional<String> hostedUrl(String assertionJson) {
        JsonNode assertion;
        try {
            assertion = JSON.readTree(assertionJson);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (assertion == null) {
            return Optional.empty();
        }
        JsonNode url = assertion.path("verify").path("url");
        if (url.isTextual() && isHttp(url.asText())) {
            return Optional.of(url.asText());
        }
        JsonNode id = assertion.path("id");
        return id.isTextual() && isHttp(id.asText()) ? Optional.of(id.asText()) : Optional.empty();
    }

    private static boolean isHttp(String value) {
        return value.startsWith("https://") || value.startsWith("http://");
    }
}
