package dev.laurel.server.backpack;

import dev.laurel.server.accounts.AccountErased;
import dev.laurel.server.notifications.Outbox;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes an erased person's backpack, in the erasure's transaction: items and imports (with their shares),
 * collections, declined offers, further addresses and public profile; and the confirmation mailed to each further
 * address they never confirmed — the backpack's own mail, which names the account it was for.
 */
@Component
class BackpackErasure {

    private final JdbcClient jdbc;
    private final Outbox outbox;

    BackpackErasure(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @EventListener
    void on(AccountErased erased) {
        for (String table : List.of(
                "backpack_collections", "backpack_items", "backpack_declined", "earner_addresses", "earner_profiles")) {
            jdbc.sql("delete from " + table + " where account_id = :account")
                    .param("account", erased.accountId())
                    .update();
        }
        outbox.forget(erased.unconfirmedAddresses(), "confirm-address");
    }
}
