package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The geographic coordinates of an {@link Address}.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record GeoCoordinates(String type, BigDecimal latitude, BigDecimal longitude, Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public GeoCoordinates {
        extensions = Extensions.copy(extensions);
    }

    /** Coordinates with {@code type} {@code "GeoCoordinates"}. */
    public static GeoCoordinates of(double latitude, double longitude) {
        return new GeoCoordinates("GeoCoordinates", BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude), null);
    }

    static GeoCoordinates read(JsonReading in) {
        return new GeoCoordinates(in.string("type"), in.number("latitude"), in.number("longitude"), in.extensions());
    }

    void write(JsonWriting out) {
        out.string("type", type);
        out.number("latitude", latitude);
        out.number("longitude", longitude);
        out.extensions(extensions);
    }
}
