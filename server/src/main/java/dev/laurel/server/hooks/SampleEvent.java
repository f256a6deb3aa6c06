package dev.laurel.server.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An event a mapping would issue for, built from its pointers — {@code /user/email} becomes {@code {"user": {"email":
 * "ada@example.org"}}} — for the page's curl example and preview. Pointers that cross each other are left out.
 */
final class SampleEvent {

    private SampleEvent() {}

    static JsonNode of(HookMapping mapping, LocalDate today) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        HookMapping.Pointers p = mapping.pointers();
        if (mapping.condition() != null) {
            put(event, mapping.condition().pointer(), mapping.condition().equals());
        }
        put(event, p.eventId(), "evt-0001");
        put(event, p.recipientEmail(), "ada@example.org");
        put(event, p.recipientName(), "Ada Lovelace");
        put(event, p.narrative(), "Completed every module with distinction.");
        put(event, p.evidence(), "https://lms.example.edu/course/7");
        put(event, p.issuedOn(), today.toString());
        return event;
    }

    private static void put(ObjectNode event, Pointer pointer, String value) {
        if (pointer == null) {
            return;
        }
        List<String> names = segments(pointer.text());
        ObjectNode at = event;
        for (String name : names.subList(0, names.size() - 1)) {
            JsonNode next = at.get(name);
            if (next == null) {
                at = at.putObject(name);
            } else if (next instanceof ObjectNode object) {
                at = object;
            } else {
                return;
            }
        }
        String last = names.getLast();
        if (!at.has(last)) {
            at.put(last, value);
        }
    }

    /** The pointer's reference tokens, unescaped ({@code ~1} is {@code /}, {@code ~0} is {@code ~}). */
    private static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            segments.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }
}
