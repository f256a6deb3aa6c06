package dev.laurel.server.verification;

import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Whether a request wants JSON rather than the HTML page: when its {@code Accept} header ranks a JSON type
 * ({@code application/json}, {@code application/problem+json}, any {@code +json}) above HTML, where {@code *}{@code /*}
 * counts as HTML. A missing or unparseable header means HTML.
 */
final class Negotiation {

    private Negotiation() {}

    static boolean prefersJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        double json = 0;
        double html = 0;
        int jsonAt = Integer.MAX_VALUE;
        int htmlAt = Integer.MAX_VALUE;
        for (int i = 0; i < types.size(); i++) {
            MediaType type = types.get(i);
            double quality = type.getQualityValue();
            if (isJson(type) && quality > json) {
                json = quality;
                jsonAt = i;
            } else if (type.includes(MediaType.TEXT_HTML) && quality > html) {
                html = quality;
                htmlAt = i;
            }
        }
        return json > html || (json > 0 && json == html && jsonAt < htmlAt);
    }

    private static boolean isJson(MediaType type) {
        return type.getType().equals("application")
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }
}
