package dev.laurel.server.issuing;

import dev.laurel.server.accounts.AccountErased;
import dev.laurel.server.organizations.OrganizationId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forgets the recipient of the credentials issued to an erased person's confirmed addresses, in the erasure's
 * transaction: their address, name and signed document are erased, the status list entries kept, so that copies they
 * handed out still verify and the issuer can still revoke them. Credentials issued to an address they only typed stay
 * the organization's records: it was never proved theirs. Announces {@link IssuingEvents.RecipientForgotten} per
 * organization, with the credentials' ids, for the modules whose records name the recipient by credential.
 */
@Component
class RecipientErasure {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecipientErasure(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(AccountErased erased) {
        if (erased.confirmedAddresses().isEmpty()) {
            return;
        }
        record Forgotten(UUID id, UUID organizationId) {}
        List<Forgotten> forgotten = jdbc.sql("""
                        update credentials set recipient_email = null, recipient_name = null, document = null,
                            recipient_forgotten_at = :now
                        where lower(recipient_email) = any(:emails)
                        returning id, organization_id
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("emails", erased.confirmedAddresses().toArray(String[]::new))
                .query((rs, row) ->
                        new Forgotten(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class)))
                .list();
        Map<UUID, List<UUID>> byOrganization = new LinkedHashMap<>();
        forgotten.forEach(f -> byOrganization
                .computeIfAbsent(f.organizationId(), o -> new ArrayList<>())
                .add(f.id()));
        byOrganization.forEach((organization, ids) -> events.publishEvent(new IssuingEvents.RecipientForgotten(
                new OrganizationId(organization),
                ids.stream().map(CredentialId::new).toList())));
    }
}
