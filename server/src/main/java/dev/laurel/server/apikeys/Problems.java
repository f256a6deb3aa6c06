package dev.laurel.server.apikeys;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details with Laurel's stable error codes: {@code type} is {@code https://laurel.dev/problems/CODE}
 * (dots become slashes) and the code itself is in {@code code}, so clients switch on one string.
 */
public final class Problems {

    private Problems() {}

    /** A problem with a stable {@code code}, a short title and a precise detail. */
    public static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://laurel.dev/problems/" + code.replace('.', '/')));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }

    /** Writes a problem directly, for the security filters that answer before any controller. */
    static void write(HttpServletResponse response, HttpStatus status, String code, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        String body = "{\"type\":\"https://laurel.dev/problems/" + code.replace('.', '/') + "\",\"title\":"
                + quote(title) + ",\"status\":" + status.value() + ",\"detail\":" + quote(detail) + ",\"code\":"
                + quote(code) + "}";
        response.getWriter().write(body);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : String.valueOf(text).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
