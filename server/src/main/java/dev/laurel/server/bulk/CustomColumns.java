package dev.laurel.server.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.issuing.CredentialId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The columns Laurel does not know of the bulk row a credential was issued from, by their normalized names (lower
 * case, spaces and hyphens as underscores): what certificates show as {@code {custom.COLUMN}}. Thread-safe.
 */
@Service
public class CustomColumns {

    private final JdbcClient jdbc;

    CustomColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The credential's columns; empty when it was not issued in bulk (or its earner deleted their account). */
    public Map<String, String> of(CredentialId credential) {
        Map<String, String> columns = new LinkedHashMap<>();
        jdbc.sql("select metadata from bulk_rows where credential_id = :id limit 1")
                .param("id", credential.value())
                .query((rs, row) -> Json.parse(rs.getString("metadata")))
                .optional()
                .ifPresent(metadata -> metadata.properties().forEach(e -> columns.put(e.getKey(), text(e.getValue()))));
        return columns;
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
