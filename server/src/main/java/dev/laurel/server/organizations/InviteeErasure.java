package dev.laurel.server.organizations;

import dev.laurel.server.organizations.OrganizationEvents.PersonForgotten;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a person who deleted their account from the organizations' records of inviting them: the invitations to
 * their addresses, pending or accepted, go, and a {@link PersonForgotten} lets the audit log stop naming them.
 */
@Service
public class InviteeErasure {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    InviteeErasure(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Forgets the account and its addresses (the ones it proved its own), in the caller's transaction.
     *
     * @return how many invitations were deleted
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forget(UUID accountId, Collection<String> addresses) {
        List<String> lower = addresses.stream()
                .filter(address -> address != null && !address.isBlank())
                .map(address -> address.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        int deleted = jdbc.sql("delete from invitations where lower(email) = any(:addresses) or accepted_by = :account")
                .param("addresses", lower.toArray(String[]::new))
                .param("account", accountId)
                .update();
        events.publishEvent(new PersonForgotten(accountId, lower));
        return deleted;
    }
}
