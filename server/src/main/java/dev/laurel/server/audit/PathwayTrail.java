package dev.laurel.server.audit;

import dev.laurel.server.organizations.Actor;
import dev.laurel.server.pathways.PathwayEvents.PathwayDeleted;
import dev.laurel.server.pathways.PathwayEvents.PathwayPublished;
import dev.laurel.server.pathways.PathwayEvents.PathwaySaved;
import dev.laurel.server.pathways.PathwayId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what issuers do to pathways, in the action's transaction, as {@link AuditTrail} does for badges: created,
 * changed, published, unpublished, deleted. A pathway's first save is its creation.
 */
@Component
class PathwayTrail {

    /** The detail naming the pathway. */
    private static final String PATHWAY = "pathway";

    private final AuditLog log;

    PathwayTrail(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(PathwaySaved event) {
        UUID organization = event.organizationId().value();
        boolean created = !log.recorded(
                organization, "pathway.created", PATHWAY, event.pathwayId().toString());
        record(
                organization,
                event.actor(),
                created ? "pathway.created" : "pathway.updated",
                event.name(),
                event.pathwayId());
    }

    @EventListener
    void on(PathwayPublished event) {
        record(
                event.organizationId().value(),
                event.actor(),
                event.published() ? "pathway.published" : "pathway.unpublished",
                event.name(),
                event.pathwayId());
    }

    @EventListener
    void on(PathwayDeleted event) {
        record(event.organizationId().value(), event.actor(), "pathway.deleted", event.name(), event.pathwayId());
    }

    private void record(UUID organization, Actor actor, String action, String name, PathwayId pathway) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(PATHWAY, pathway.value());
        if (actor.apiKeyId() != null) {
            details.put(AuditEntry.API_KEY, actor.apiKeyId());
        }
        log.append(new AuditEntry(organization, actor.accountId(), action, name, details));
    }
}
