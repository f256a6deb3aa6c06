package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every VC-API answer is JSON with {@code Content-Type: application/json} (VCALM §Content Serialization); problems
 * too, written by the one mapper ({@code platform.Problems}) as {@link VcApiProblem}s ask.
 */
final class VcApiResponses {

    private VcApiResponses() {}

    static ResponseEntity<String> json(HttpStatus status, JsonNode body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(body));
    }
}
