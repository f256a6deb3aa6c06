package dev.laurel.server.backpack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A refusal of the OB 3.0 API, in the shape its OpenAPI document gives every error ({@code Imsx_StatusInfo}): code
 * major {@code failure}, severity {@code error}, a description, and the code minor value clients switch on.
 */
final class Imsx extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String minor;

    Imsx(HttpStatus status, String minor, String description) {
        super(description, null, false, false);
        this.status = status;
        this.minor = minor;
    }

    static Imsx invalidData(String description) {
        return new Imsx(HttpStatus.BAD_REQUEST, "invalid_data", description);
    }

    static Imsx invalidQuery(String description) {
        return new Imsx(HttpStatus.BAD_REQUEST, "invalid_query_parameter", description);
    }

    static Imsx forbidden(String description) {
        return new Imsx(HttpStatus.FORBIDDEN, "forbidden", description);
    }

    static Imsx notFound(String description) {
        return new Imsx(HttpStatus.NOT_FOUND, "not_found", description);
    }

    static Imsx unauthorized(String description) {
        return new Imsx(HttpStatus.UNAUTHORIZED, "unauthorizedrequest", description);
    }

    ObjectNode body() {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("imsx_codeMajor", "failure");
        json.put("imsx_severity", "error");
        json.put("imsx_description", getMessage());
        json.putObject("imsx_codeMinor")
                .putArray("imsx_codeMinorField")
                .addObject()
                .put("imsx_codeMinorFieldName", "TargetEndSystem")
                .put("imsx_codeMinorFieldValue", minor);
        return json;
    }

    ResponseEntity<String> answer() {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.body(Json.write(body()));
    }

    /** Writes the refusal directly, for the security filters that answer before any controller. */
    void write(HttpServletResponse response) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(Json.write(body()));
    }
}
