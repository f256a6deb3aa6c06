package dev.laurel.server.pathways;

import dev.laurel.server.accounts.AccountErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An earner deleted their account: their standings on pathways, the record of the milestones awarded to them (the
 * credentials themselves are erased by issuing) and their mail preference go, in the erasure's transaction.
 */
@Component
class PathwayErasure {

    private final JdbcClient jdbc;

    PathwayErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountErased erased) {
        if (erased.addresses().isEmpty()) {
            return;
        }
        for (String table : new String[] {"pathway_earners", "pathway_awards", "pathway_mail_optouts"}) {
            jdbc.sql("delete from " + table + " where email in (:emails)")
                    .param("emails", erased.addresses())
                    .update();
        }
    }
}
