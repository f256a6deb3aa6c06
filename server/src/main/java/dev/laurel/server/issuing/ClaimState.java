package dev.laurel.server.issuing;

import java.util.Locale;

/** Whether a credential's earner took it: accepted into a backpack, declined there, or neither yet. */
public enum ClaimState {
    PENDING,
    ACCEPTED,
    DECLINED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
