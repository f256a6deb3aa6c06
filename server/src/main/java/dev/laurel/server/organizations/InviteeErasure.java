package dev.laurel.server.organizations;

import dev.laurel.server.accounts.AccountErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases a person whose account was erased from the organizations' records of inviting them, in the erasure's
 * transaction: the invitations to their addresses, pending or accepted, go. A member cannot be erased — the
 * organization's records (memberships, its audit log of their actions) name them, so they leave it, or hand it over,
 * first: erasing one is refused here, which rolls the whole erasure back. Pages ask {@link Organizations#of} first.
 */
@Component
class InviteeErasure {

    private final JdbcClient jdbc;
    private final Organizations organizations;

    InviteeErasure(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    @EventListener
    void on(AccountErased erased) {
        if (!organizations.of(erased.accountId()).isEmpty()) {
            throw new IllegalStateException(
                    "account " + erased.accountId() + " is a member of an organization and cannot be erased");
        }
        jdbc.sql("delete from invitations where lower(email) = any(:addresses) or accepted_by = :account")
                .param("addresses", erased.addresses().toArray(String[]::new))
                .param("account", erased.accountId())
                .update();
    }
}
