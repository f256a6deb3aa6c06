package dev.laurel.server.platform;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one problem mapper: answers a thrown {@link Problem} — and, through {@link #answer} and {@link #write}, the
 * problems modules make of framework exceptions and security refusals — as {@code {type, title, status, detail,
 * code, ...extension members}}. RFC 9457 ({@code application/problem+json}, {@code instance} the request's path) by
 * default; under {@code /vc-api/} as {@code application/json}, as VCALM answers everything; and a code of {@link
 * Rendering#VCALM} as the VC-API's own document, without {@code instance}. A 401 carries {@code WWW-Authenticate:
 * Bearer}. Thread-safe.
 */
@RestControllerAdvice
public class Problems {

    /** How a code's problems are written. */
    public enum Rendering {
        /** RFC 9457 problem details. */
        RFC_9457,
        /** The VC-API's problem document (VCALM §Error Handling), always {@code application/json}. */
        VCALM
    }

    @ExceptionHandler(Problem.class)
    ResponseEntity<?> problem(Problem problem, HttpServletRequest request) {
        return answer(problem, request);
    }

    /** The response to {@code problem}, for a controller or an exception handler. */
    public static ResponseEntity<?> answer(Problem problem, HttpServletRequest request) {
        ErrorCode code = problem.code();
        ResponseEntity.BodyBuilder response = ResponseEntity.status(code.status());
        problem.headers().forEach(response::header);
        if (code.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (code.rendering() == Rendering.VCALM) {
            return response.contentType(MediaType.APPLICATION_JSON).body(Json.write(vcalm(problem)));
        }
        return response.contentType(mediaType(request)).body(detail(problem));
    }

    /** The response to {@code problem}, for the request being handled. */
    public static ResponseEntity<?> answer(Problem problem) {
        return answer(
                problem, ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
    }

    /** Writes {@code problem} directly, for the security filters and entry points that answer before any controller. */
    public static void write(HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        ErrorCode code = problem.code();
        response.setStatus(code.status().value());
        problem.headers().forEach(response::setHeader);
        if (code.status() == HttpStatus.UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (code.rendering() == Rendering.VCALM || mediaType(request).equals(MediaType.APPLICATION_JSON)) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        response.getWriter().write(Json.write(vcalm(problem)));
    }

    /** The problem as RFC 9457 problem details: Spring adds {@code instance} when it writes them. */
    public static ProblemDetail detail(Problem problem) {
        ErrorCode code = problem.code();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(code.status(), problem.detail());
        detail.setType(code.type());
        detail.setTitle(problem.title());
        detail.setProperty("code", code.code());
        problem.properties().forEach(detail::setProperty);
        return detail;
    }

    /** The problem as a JSON document without {@code instance}: the VC-API's, and what filters write. */
    private static ObjectNode vcalm(Problem problem) {
        ErrorCode code = problem.code();
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("type", code.type().toString());
        json.put("title", problem.title());
        json.put("status", code.status().value());
        json.put("detail", problem.detail());
        json.put("code", code.code());
        problem.properties().forEach((name, value) -> json.set(name, Json.MAPPER.valueToTree(value)));
        return json;
    }

    /** VCALM answers everything under {@code /vc-api/}, problems included, as {@code application/json}. */
    private static MediaType mediaType(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/vc-api/") ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON;
    }
}
