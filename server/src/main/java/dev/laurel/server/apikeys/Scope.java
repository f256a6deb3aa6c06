package dev.laurel.server.apikeys;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What an API key may do. {@code ADMIN} includes every other scope. */
public enum Scope {
    /** Read badges, credentials, recipients. */
    READ,
    /** Create badges and issue credentials. */
    ISSUE,
    /** Revoke, suspend and reinstate credentials. */
    REVOKE,
    /** Manage webhooks, mappings and API keys; implies every other scope. */
    ADMIN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope parse(String key) {
        return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }

    /** True when a key holding {@code held} may act with this scope. */
    public boolean grantedBy(Set<Scope> held) {
        return held.contains(this) || held.contains(ADMIN);
    }

    public static Set<Scope> all() {
        return EnumSet.allOf(Scope.class);
    }
}
