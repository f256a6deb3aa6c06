package dev.laurel.server.issuing.artwork;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Artwork as stored: a JSON object with the shape's key, the colours as {@code #rrggbb}, and the logo in base64. */
final class ArtworkJson {

    private ArtworkJson() {}

    static String write(Artwork artwork) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("shape", artwork.shape().key());
        json.put("background", artwork.background().hex());
        json.put("border", artwork.border().hex());
        json.put("text", artwork.text().hex());
        artwork.lines().forEach(json.putArray("lines")::add);
        if (artwork.icon() != null) {
            json.put("icon", artwork.icon());
        }
        if (artwork.ribbon() != null) {
            json.put("ribbon", artwork.ribbon());
        }
        if (artwork.logo() != null) {
            json.putObject("logo")
                    .put("mediaType", artwork.logo().mediaType())
                    .put(
                            "data",
                            Base64.getEncoder().encodeToString(artwork.logo().bytes()));
        }
        return Json.write(json);
    }

    static Artwork read(String text) {
        JsonNode json = Json.parse(text);
        List<String> lines = new ArrayList<>();
        json.path("lines").forEach(line -> lines.add(line.asText()));
        JsonNode logo = json.path("logo");
        return new Artwork(
                Shape.of(json.path("shape").asText()).orElse(Shape.CIRCLE),
                Colour.parse(json.path("background").asText()),
                Colour.parse(json.path("border").asText()),
                Colour.parse(json.path("text").asText()),
                lines,
                json.path("icon").asText(null),
                logo.isObject()
                        ? new Artwork.Logo(
                                Base64.getDecoder().decode(logo.path("data").asText()),
                                logo.path("mediaType").asText())
                        : null,
                json.path("ribbon").asText(null));
    }
}
