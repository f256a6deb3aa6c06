package dev.laurel.server.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.endorsements.EndorsementEvents.Between;
import dev.laurel.server.endorsements.EndorsementEvents.EndorsementAccepted;
import dev.laurel.server.endorsements.EndorsementEvents.EndorsementRequested;
import dev.laurel.server.endorsements.EndorsementEvents.EndorsementRevoked;
import dev.laurel.server.platform.LaurelSettings;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Organizations' endorsements to webhook deliveries, in the publisher's transaction as {@link Fanout}'s:
 * {@code endorsement.requested} to the endorsed organization, {@code endorsement.given} and {@code
 * endorsement.withdrawn} to both. The data: {@code endorsementId}, {@code endorser} ({@code organizationId}, {@code
 * name}), {@code endorsedOrganizationId}, {@code subjectId} (the achievement's or profile's id), {@code subjectName}
 * and {@code url}, the signed endorsement.
 */
@Component
class EndorsementFanout {

    private final Deliveries deliveries;
    private final LaurelSettings settings;
    private final Clock clock;

    EndorsementFanout(Deliveries deliveries, LaurelSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void on(EndorsementRequested event) {
        send(event.endorsement().endorsed().value(), EventType.ENDORSEMENT_REQUESTED, event.endorsement());
    }

    @EventListener
    void on(EndorsementAccepted event) {
        send(event.endorsement().endorsed().value(), EventType.ENDORSEMENT_GIVEN, event.endorsement());
        send(event.endorsement().endorsing().value(), EventType.ENDORSEMENT_GIVEN, event.endorsement());
    }

    @EventListener
    void on(EndorsementRevoked event) {
        send(event.endorsement().endorsed().value(), EventType.ENDORSEMENT_WITHDRAWN, event.endorsement());
        send(event.endorsement().endorsing().value(), EventType.ENDORSEMENT_WITHDRAWN, event.endorsement());
    }

    private void send(UUID organization, EventType type, Between endorsement) {
        deliveries.enqueue(organization, type, clock.instant(), () -> data(endorsement));
    }

    private ObjectNode data(Between endorsement) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("endorsementId", endorsement.id().toString());
        ObjectNode endorser = data.putObject("endorser");
        endorser.put("organizationId", endorsement.endorsing().value().toString());
        endorser.put("name", endorsement.endorsingName());
        data.put("endorsedOrganizationId", endorsement.endorsed().value().toString());
        data.put("subjectId", endorsement.subjectId());
        data.put("subjectName", endorsement.subjectName());
        data.put("url", settings.url("/endorsements/" + endorsement.id()));
        return data;
    }
}
