package dev.laurel.server.webhooks;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A place an organization's events are sent, as shown: never its secret.
 *
 * @param id the endpoint's id
 * @param organizationId whose events it receives
 * @param url where deliveries are POSTed
 * @param description what its owner noted about it, possibly empty
 * @param events which event types it wants
 * @param enabled false while paused: no new events are queued for it, and deliveries already queued wait until it is
 *     enabled again
 * @param createdAt when it was made
 * @param updatedAt when it last changed
 * @param previousSecretUntil after a rotation, until when the previous secret also signs; null otherwise
 */
record WebhookEndpoint(
        UUID id,
        UUID organizationId,
        URI url,
        String description,
        EventFilter events,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt,
        Instant previousSecretUntil) {}
