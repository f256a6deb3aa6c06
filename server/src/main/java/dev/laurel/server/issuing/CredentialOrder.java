package dev.laurel.server.issuing;

import java.util.Locale;
import java.util.Optional;

/** The orders an organization's credential list is offered in; each pages by keyset (its key, then the id). */
public enum CredentialOrder {
    /** Newest issued first: the default. */
    NEWEST,
    /** Oldest issued first. */
    OLDEST,
    /** By recipient name, then address, accents and case aside. */
    NAME,
    /** Soonest expiry first; credentials that never expire last. */
    EXPIRY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order named {@code key} ({@code newest}, {@code name}…), ignoring case. */
    public static Optional<CredentialOrder> parse(String key) {
        for (CredentialOrder order : values()) {
            if (order.key().equalsIgnoreCase(key.strip())) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    /** The SQL sort key on {@code c} (or another alias), ascending in this order's direction. */
    String sortKey(String alias) {
        return switch (this) {
            case NEWEST, OLDEST -> alias + ".issued_at";
            case NAME -> alias + ".recipient_search";
            case EXPIRY -> "coalesce(" + alias + ".valid_until, 'infinity'::timestamptz)";
        };
    }

    boolean descending() {
        return this == NEWEST;
    }
}
