package dev.laurel.server.platform;

import java.util.Collection;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Modulith's event publication registry ({@code event_publication}), which keeps each event serialized as JSON
 * — with the addresses and names events carry — after its listeners ran.
 */
@Repository
public class EventPublications {

    private final JdbcClient jdbc;

    EventPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Deletes the publications whose serialized event mentions one of {@code addresses} (whether handled yet or not:
     * what is left to do for a deleted person is moot), and the handled ones that mention one of {@code names}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(Collection<String> addresses, Collection<String> names) {
        jdbc.sql("""
                        delete from event_publication
                        where exists (select 1 from unnest(cast(:addresses as text[])) a
                                      where strpos(lower(serialized_event), a) > 0)
                            or (completion_date is not null
                                and exists (select 1 from unnest(cast(:names as text[])) n
                                            where strpos(serialized_event, n) > 0))
                        """)
                .param("addresses", lower(addresses))
                .param("names", names.stream().filter(n -> !n.isBlank()).toArray(String[]::new))
                .update();
    }

    private static String[] lower(Collection<String> values) {
        return values.stream()
                .filter(v -> !v.isBlank())
                .map(v -> v.strip().toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
    }
}
