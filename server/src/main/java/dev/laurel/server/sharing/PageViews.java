package dev.laurel.server.sharing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces views of public pages as {@link CredentialViewed}: once per credential per {@link #INTERVAL} on this node,
 * and not for robots that fetch pages to preview links. A listener's failure is logged, never shown to the visitor.
 * Thread-safe.
 */
@Component
class PageViews {

    static final Duration INTERVAL = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(PageViews.class);
    private static final int MAX_TRACKED = 10_000;
    private static final Pattern ROBOT = Pattern.compile(
            "bot|crawl|spider|slurp|preview|facebookexternalhit|embedly|whatsapp|vkshare", Pattern.CASE_INSENSITIVE);

    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<UUID, Instant> lastAnnounced = new ConcurrentHashMap<>();

    PageViews(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records that {@code shared}'s page was served to a client sending {@code userAgent} (null when none). */
    void viewed(SharedCredential shared, String userAgent) {
        if (userAgent == null || userAgent.isBlank() || ROBOT.matcher(userAgent).find()) {
            return;
        }
        Instant now = clock.instant();
        UUID id = shared.credential().id().value();
        boolean[] due = {false};
        lastAnnounced.compute(id, (key, last) -> {
            if (last == null || !now.isBefore(last.plus(INTERVAL))) {
                due[0] = true;
                return now;
            }
            return last;
        });
        if (!due[0]) {
            return;
        }
        if (lastAnnounced.size() > MAX_TRACKED) {
            lastAnnounced.values().removeIf(last -> now.isAfter(last.plus(INTERVAL)));
        }
        try {
            events.publishEvent(
                    new CredentialViewed(shared.credential().organizationId().value(), id));
        } catch (RuntimeException e) {
            log.warn("announcing a view of credential {} failed: {}", id, e.toString());
        }
    }
}
