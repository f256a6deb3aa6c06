package dev.laurel.server.webhooks;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which events an endpoint wants: every type (including types added later), or the ones named.
 *
 * @param all true for every type
 * @param types the types wanted when not {@code all} (requests must name at least one; a stored filter whose types
 *     were all retired matches nothing)
 */
record EventFilter(boolean all, Set<EventType> types) {

    static final String ALL = "*";

    EventFilter {
        types = all ? Set.of() : Set.copyOf(types);
    }

    static EventFilter everything() {
        return new EventFilter(true, Set.of());
    }

    static EventFilter of(Set<EventType> types) {
        return new EventFilter(false, types);
    }

    boolean matches(EventType type) {
        return all || types.contains(type);
    }

    /** The keys, in declaration order: {@code ["*"]} for all. */
    public List<String> keys() {
        return all
                ? List.of(ALL)
                : types.stream()
                        .sorted(Comparator.naturalOrder())
                        .map(EventType::key)
                        .toList();
    }

    /** As stored: {@code *} or comma-separated keys. */
    String stored() {
        return String.join(",", keys());
    }

    static EventFilter parseStored(String stored) {
        if (stored.equals(ALL)) {
            return everything();
        }
        Set<EventType> types = Arrays.stream(stored.split(","))
                .map(key -> EventType.parse(key).orElse(null))
                .filter(type -> type != null)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
        return of(types);
    }
}
