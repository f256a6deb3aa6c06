package dev.laurel.server.issuing;

import java.util.Optional;
import java.util.UUID;

/**
 * Status lists another module signs and serves on this Laurel (the endorsements'), which verification reads from the
 * database as it reads issuing's own: current to the moment, and reachable in development. A module declares one as a
 * bean.
 */
public interface ServedStatusLists {

    /** The absolute URL its lists are served under, each list's id following it: {@code https://HOST/…/status/}. */
    String prefix();

    /** The signed list credential with this id, as served. */
    Optional<String> signed(UUID id);
}
