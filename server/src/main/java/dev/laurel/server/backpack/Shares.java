package dev.laurel.server.backpack;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records each share of a backpack item by channel and announces it as a {@link CredentialShared}. */
@Service
class Shares {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Shares(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void record(Backpack.Entry entry, ShareChannel channel) {
        jdbc.sql("insert into backpack_shares (item_id, channel, at) values (:item, :channel, :at)")
                .param("item", entry.item().id())
                .param("channel", channel.key())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new CredentialShared(
                entry.item().id(),
                entry.item().credentialId(),
                entry.issued() == null ? null : entry.issued().organizationId().value(),
                channel.key()));
    }

    /** How many times the item was shared, by channel key. */
    Map<String, Integer> counts(UUID itemId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("select channel, count(*) from backpack_shares where item_id = :item group by channel order by 1")
                .param("item", itemId)
                .query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2)))
                .list();
        return counts;
    }
}
