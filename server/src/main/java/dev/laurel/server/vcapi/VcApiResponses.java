package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every VC-API answer is JSON with {@code Content-Type: application/json} (VCALM §Content Serialization), problems
 * included: {@code {"type", "title", "status", "detail", "code"}} (RFC 9457 with Laurel's stable code).
 */
final class VcApiResponses {

    private VcApiResponses() {}

    static ResponseEntity<String> json(HttpStatus status, JsonNode body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(body));
    }

    static ObjectNode problem(VcApiProblem problem, String detail) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("type", problem.type().toString());
        json.put("title", problem.title());
        json.put("status", problem.status().value());
        json.put("detail", detail);
        json.put("code", problem.code());
        return json;
    }

    static ResponseEntity<String> problemResponse(VcApiProblem problem, String detail) {
        return json(problem.status(), problem(problem, detail));
    }

    /** Writes a problem directly, for the security filters that answer before any controller. */
    static void write(HttpServletResponse response, VcApiProblem problem, String detail) throws IOException {
        response.setStatus(problem.status().value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (problem == VcApiProblem.UNAUTHENTICATED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(Json.write(problem(problem, detail)));
    }
}
