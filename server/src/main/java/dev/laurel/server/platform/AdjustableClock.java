package dev.laurel.server.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform clock of a development start and of tests: the system's UTC clock moved forward by what {@link
 * #advance} added, so a person or a test sees reminders, expiry and renewal without waiting. Every module and the
 * follow-up scheduler read it as the injected {@link Clock}. Production never has one (see {@link
 * PlatformConfiguration#clock}). Thread-safe.
 */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    AdjustableClock(Clock system) {
        this.system = system;
    }

    /**
     * Moves the clock forward by {@code amount}.
     *
     * @return the new time
     * @throws IllegalArgumentException when {@code amount} is negative: time here only goes forward
     */
    public Instant advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        offset.accumulateAndGet(amount, Duration::plus);
        return instant();
    }

    /** Back to the system's time, for tests that must leave the shared clock as they found it. */
    void rewind() {
        offset.set(Duration.ZERO);
    }

    /** How far ahead of the system clock this clock is. */
    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the platform clock is UTC");
    }
}
