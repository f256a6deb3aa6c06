package dev.laurel.server.hooks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the hooks API refuses, with its stable code and any extra members of the problem: thrown by the
 * controllers, answered as an RFC 9457 problem by {@link HookProblems}.
 */
final class HookProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A wrong request field, named as the request writes it ({@code pointers.recipientEmail}). */
    record Violation(String field, String message) {}

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final transient Map<String, Object> properties;
    private final String eventId;

    private HookProblem(HttpStatus status, String code, String title, String detail, Map<String, Object> properties) {
        this(status, code, title, detail, properties, null);
    }

    private HookProblem(
            HttpStatus status,
            String code,
            String title,
            String detail,
            Map<String, Object> properties,
            String eventId) {
        super(detail);
        this.eventId = eventId;
        this.status = status;
        this.code = code;
        this.title = title;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    static HookProblem notFound(String what) {
        return new HookProblem(
                HttpStatus.NOT_FOUND,
                "api.not-found",
                "Not found",
                "This organization has no such " + what + ".",
                Map.of());
    }

    static HookProblem invalid(List<Violation> violations) {
        return new HookProblem(
                HttpStatus.BAD_REQUEST,
                "api.validation",
                "Invalid request",
                violations.size() == 1
                        ? violations.getFirst().field() + ": "
                                + violations.getFirst().message()
                        : violations.size() + " fields are invalid.",
                Map.of(
                        "errors",
                        violations.stream()
                                .map(v -> Map.of("field", v.field(), "message", v.message()))
                                .toList()));
    }

    static HookProblem malformed(String detail) {
        return new HookProblem(HttpStatus.BAD_REQUEST, "api.malformed-json", "Malformed JSON", detail, Map.of());
    }

    static HookProblem disabled(HookMapping mapping, String eventId) {
        return new HookProblem(
                HttpStatus.CONFLICT,
                "hook.mapping-disabled",
                "Mapping disabled",
                "The mapping '" + mapping.name() + "' is disabled: enable it to issue on its events.",
                Map.of(),
                eventId);
    }

    static HookProblem tooMany() {
        return new HookProblem(
                HttpStatus.CONFLICT,
                "hook.too-many-mappings",
                "Too many mappings",
                "This organization has " + Hooks.MAX_MAPPINGS + " mappings, the most allowed; delete one first.",
                Map.of());
    }

    /**
     * The event yields no credential: the first fault's code, its field and pointer, and every fault.
     *
     * @param eventId the event's id as read, or null; kept for the event log, not answered
     */
    static HookProblem unprocessable(List<EventFault.At> faults, String eventId) {
        EventFault.At first = faults.getFirst();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("field", first.field());
        properties.put("pointer", first.pointer().text());
        properties.put(
                "errors",
                faults.stream()
                        .map(f -> Map.of(
                                "code", f.fault().code(),
                                "field", f.field(),
                                "pointer", f.pointer().text(),
                                "message", f.detail()))
                        .toList());
        return new HookProblem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                first.fault().code(),
                first.fault().title(),
                first.detail() + (faults.size() > 1 ? " (and " + (faults.size() - 1) + " more in errors)" : ""),
                properties,
                eventId);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String title() {
        return title;
    }

    Map<String, Object> properties() {
        return properties;
    }

    /** The event's id when the refusal is of a read event, or null. */
    String eventId() {
        return eventId;
    }
}
