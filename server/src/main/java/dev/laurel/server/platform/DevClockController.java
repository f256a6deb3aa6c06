package dev.laurel.server.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /dev/clock}: reads and moves forward the platform clock of a development start, so reminders, expiry and
 * renewal can be seen without waiting. It answers 404 where the clock is not adjustable (production).
 */
@RestController
class DevClockController {

    private final Clock clock;
    private final FollowUps followUps;

    DevClockController(Clock clock, FollowUps followUps) {
        this.clock = clock;
        this.followUps = followUps;
    }

    /** What {@code POST /dev/clock} takes: an ISO-8601 duration such as {@code P30D} or {@code PT2H}. */
    record Advance(String advance) {}

    @GetMapping(path = "/dev/clock", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> now() {
        if (!(clock instanceof AdjustableClock adjustable)) {
            return notHere();
        }
        return ResponseEntity.ok(body(adjustable.instant(), adjustable.offset()));
    }

    @PostMapping(
            path = "/dev/clock",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> advance(@RequestBody(required = false) Advance request) {
        if (!(clock instanceof AdjustableClock adjustable)) {
            return notHere();
        }
        if (request == null || request.advance() == null || request.advance().isBlank()) {
            return refused("Give \"advance\": an ISO-8601 duration such as \"P30D\".");
        }
        Duration amount;
        try {
            amount = Duration.parse(request.advance().strip());
        } catch (DateTimeParseException e) {
            return refused("\"advance\" must be an ISO-8601 duration such as \"P30D\" or \"PT2H\"; got \""
                    + request.advance().strip() + "\".");
        }
        if (amount.isNegative()) {
            return refused("\"advance\" must not be negative: the clock only moves forward.");
        }
        Instant now = adjustable.advance(amount);
        followUps.checkNow();
        return ResponseEntity.ok(body(now, adjustable.offset()));
    }

    private static Map<String, Object> body(Instant now, Duration offset) {
        return Map.of("now", now.toString(), "offset", offset.toString());
    }

    private static ResponseEntity<Map<String, Object>> notHere() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Map.of(
                        "title",
                        "Not Found",
                        "status",
                        404,
                        "detail",
                        "The clock can only be moved on a " + "development start."));
    }

    private static ResponseEntity<Map<String, Object>> refused(String detail) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Map.of("title", "Bad Request", "status", 400, "detail", detail));
    }
}
