package dev.laurel.server.bulk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.laurel.credentials.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A JSON array of recipients, read one element at a time: {@code {"recipient": {"email", "name"}, "issuedOn",
 * "expiresOn", "narrative", "evidence": [URL…], "externalId", "metadata": {…}}}, as the issue endpoint takes one. Rows
 * are numbered by their index in the array.
 */
final class JsonSource implements RowSource {

    /** One element at a time: the rest of the array follows it, which the shared mapper would refuse. */
    private static final ObjectReader ELEMENT =
            Json.MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final InputStream in;

    JsonSource(InputStream in) {
        this.in = in;
    }

    @Override
    public Set<String> columns() {
        return Set.of();
    }

    @Override
    public void forEach(Consumer<RowInput> each) {
        int index = 0;
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new FileProblem(0, "file.malformed", "The body must be a JSON array of recipients.");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == null) {
                    throw new FileProblem(
                            index, "file.malformed", "The JSON array ends early, at element " + index + ".");
                }
                JsonNode element = ELEMENT.readTree(parser);
                if (element == null || !element.isObject()) {
                    throw new FileProblem(
                            index, "file.malformed", "Element " + index + " of the array is not an object.");
                }
                each.accept(row(index, element));
                index++;
            }
        } catch (JsonProcessingException e) {
            throw new FileProblem(
                    index,
                    "file.malformed",
                    "The body is not valid JSON at element " + index + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FileProblem(index, "file.unreadable", "The body could not be read at element " + index + ".");
        }
    }

    private static RowInput row(int index, JsonNode element) {
        List<String> evidence = new ArrayList<>();
        JsonNode urls = element.path("evidence");
        if (urls.isArray()) {
            urls.forEach(url -> evidence.add(text(url)));
        } else if (!urls.isMissingNode() && !urls.isNull()) {
            evidence.add(text(urls));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        element.path("metadata").properties().forEach(entry -> metadata.put(entry.getKey(), text(entry.getValue())));
        return new RowInput(
                index,
                text(element.path("recipient").path("email")),
                text(element.path("recipient").path("name")),
                text(element.path("issuedOn")),
                text(element.path("narrative")),
                evidence,
                text(element.path("expiresOn")),
                text(element.path("externalId")),
                text(element.path("creditsEarned")),
                metadata,
                0,
                List.of());
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString();
    }
}
