package dev.laurel.server.backpack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a credential stands today, as the backpack filters it. */
enum Standing {
    ACTIVE,
    /** Active, and expires within {@link Item#EXPIRING_SOON}. */
    EXPIRING,
    EXPIRED,
    REVOKED,
    SUSPENDED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Standing> parse(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
