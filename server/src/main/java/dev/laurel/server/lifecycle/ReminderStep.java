package dev.laurel.server.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One step of a credential's reminders: {@code days} after issue while not accepted ({@link Kind#ACCEPT}), or
 * {@code days} before its {@code validUntil} ({@link Kind#EXPIRY}).
 */
record ReminderStep(Kind kind, int days) {

    enum Kind {
        ACCEPT,
        EXPIRY;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** When the step falls for a credential whose steps count from {@code since} and valid until {@code validUntil}. */
    Instant moment(Instant since, Instant validUntil) {
        Duration offset = Duration.ofDays(days);
        return kind == Kind.ACCEPT ? since.plus(offset) : validUntil.minus(offset);
    }

    /**
     * What is due at {@code now}: the most urgent step whose moment has come (and came after {@code since}: a 60-day
     * credential has no 90-day reminder), and the passed steps before it, which are skipped rather than mailed late.
     */
    record Due(ReminderStep send, List<ReminderStep> skipped) {

        static Optional<Due> at(Kind kind, List<Integer> days, Instant since, Instant validUntil, Instant now) {
            List<ReminderStep> passed = new ArrayList<>();
            for (int day : days) {
                ReminderStep step = new ReminderStep(kind, day);
                Instant moment = step.moment(since, validUntil);
                if (!moment.isAfter(now) && !moment.isBefore(since)) {
                    passed.add(step);
                }
            }
            if (passed.isEmpty()) {
                return Optional.empty();
            }
            passed.sort(Comparator.comparing(step -> step.moment(since, validUntil)));
            ReminderStep urgent = passed.removeLast();
            return Optional.of(new Due(urgent, List.copyOf(passed)));
        }
    }
}
