package dev.laurel.server.hooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import java.util.UUID;

/** Moodle as an LMS that sends course completions to Laurel's hooks. */
final class Moodle {

    private Moodle() {}

    /**
     * A mapping for Moodle's course completions: the id at {@code /objectid}, the learner at {@code /user}, the
     * course's URL as evidence, the Unix time it happened, only for {@code \core\event\course_completed}.
     */
    static ObjectNode mapping(UUID achievement) {
        ObjectNode mapping = Json.MAPPER.createObjectNode();
        mapping.put("name", "Moodle: Workplace safety");
        mapping.put("achievementId", achievement.toString());
        mapping.putObject("pointers")
                .put("eventId", "/objectid")
                .put("recipientEmail", "/user/email")
                .put("recipientName", "/user/fullname")
                .put("evidence", "/course/url")
                .put("issuedOn", "/timecreated");
        mapping.putObject("condition").put("pointer", "/eventname").put("equals", "\\core\\event\\course_completed");
        return mapping;
    }

    /** Moodle's course-completed event for a learner, as a webhook plugin sends it. */
    static ObjectNode event(long completionId, String email, String name) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        event.put("eventname", "\\core\\event\\course_completed");
        event.put("component", "core");
        event.put("objecttable", "course_completions");
        event.put("objectid", completionId);
        event.put("courseid", 7);
        event.put("timecreated", 1_782_828_300L);
        event.putObject("user").put("id", 42).put("email", email).put("fullname", name);
        event.putObject("course")
                .put("fullname", "Workplace safety")
                .put("url", "https://moodle.example.edu/course/view.php?id=7");
        return event;
    }
}
