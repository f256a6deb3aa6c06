package dev.laurel.server.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

    /** Why a clock request was refused. */
    enum Refusal implements ErrorCode {
        /** Not a development start: there is no clock to move. */
        NOT_HERE(HttpStatus.NOT_FOUND, "dev-clock.not-found", "Not Found"),
        /** The advance is missing, not an ISO-8601 duration, or negative. */
        INVALID(HttpStatus.BAD_REQUEST, "dev-clock.invalid-advance", "Bad Request");

        private final HttpStatus status;
        private final String code;
        private final String title;

        Refusal(HttpStatus status, String code, String title) {
            this.status = status;
            this.code = code;
            this.title = title;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public HttpStatus status() {
            return status;
        }

        @Override
        public String title() {
            return title;
        }
    }

    @GetMapping(path = "/dev/clock", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> now() {
        AdjustableClock adjustable = adjustable();
        return body(adjustable.instant(), adjustable.offset());
    }

    @PostMapping(
            path = "/dev/clock",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> advance(@RequestBody(required = false) Advance request) {
        AdjustableClock adjustable = adjustable();
        if (request == null || request.advance() == null || request.advance().isBlank()) {
            throw Refusal.INVALID.problem("Give \"advance\": an ISO-8601 duration such as \"P30D\".");
        }
        Duration amount;
        try {
            amount = Duration.parse(request.advance().strip());
        } catch (DateTimeParseException e) {
            throw Refusal.INVALID.problem("\"advance\" must be an ISO-8601 duration such as \"P30D\" or \"PT2H\"; "
                    + "got \"" + request.advance().strip() + "\".");
        }
        if (amount.isNegative()) {
            throw Refusal.INVALID.problem("\"advance\" must not be negative: the clock only moves forward.");
        }
        Instant now = adjustable.advance(amount);
        followUps.checkNow();
        return body(now, adjustable.offset());
    }

    private AdjustableClock adjustable() {
        if (clock instanceof AdjustableClock adjustable) {
            return adjustable;
        }
        throw Refusal.NOT_HERE.problem("The clock can only be moved on a development start.");
    }

    private static Map<String, Object> body(Instant now, Duration offset) {
        return Map.of("now", now.toString(), "offset", offset.toString());
    }
}
