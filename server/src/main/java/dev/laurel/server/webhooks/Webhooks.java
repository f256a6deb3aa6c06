package dev.laurel.server.webhooks;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's webhooks, for the pages and the API alike: endpoints made, changed, rotated, deleted; deliveries
 * read and redelivered. The caller has checked that whoever asks may manage the organization's webhooks; nothing here
 * reaches another organization's endpoints. Invalid requests throw {@link Invalid.Exception} and change nothing.
 */
@Service
class Webhooks {

    static final int MAX_ENDPOINTS = 20;
    static final int MAX_DESCRIPTION = 500;

    /** After a rotation, how long the previous secret keeps signing alongside the new one. */
    static final Duration ROTATION_OVERLAP = Duration.ofHours(24);

    private final Endpoints endpoints;
    private final Deliveries deliveries;
    private final Destinations destinations;
    private final Clock clock;

    Webhooks(Endpoints endpoints, Deliveries deliveries, Destinations destinations, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.destinations = destinations;
        this.clock = clock;
    }

    /**
     * What to make or change; null fields are left as they are (on creation: no description, every event, enabled).
     *
     * @param events event type keys, or {@code "*"} for every type
     */
    record Changes(String url, String description, List<String> events, Boolean enabled) {}

    /** A new endpoint and its secret, shown this once. */
    record Created(WebhookEndpoint endpoint, String secret) {
        @Override
        public String toString() {
            return "Created[" + endpoint + "]";
        }
    }

    List<WebhookEndpoint> of(UUID organizationId) {
        return endpoints.of(organizationId);
    }

    Optional<WebhookEndpoint> find(UUID organizationId, UUID id) {
        return endpoints.find(organizationId, id);
    }

    @Transactional
    Created create(UUID organizationId, Changes request) {
        URI url = destinations.endpointUrl(request.url());
        String description = description(request.description());
        EventFilter events = request.events() == null ? EventFilter.everything() : events(request.events());
        if (endpoints.count(organizationId) >= MAX_ENDPOINTS) {
            throw new Invalid.Exception(
                    Invalid.TOO_MANY_ENDPOINTS, "an organization has at most " + MAX_ENDPOINTS + " webhook endpoints");
        }
        Instant now = clock.instant();
        WebhookEndpoint endpoint = new WebhookEndpoint(
                UUID.randomUUID(),
                organizationId,
                url,
                description,
                events,
                request.enabled() == null || request.enabled(),
                now,
                now,
                null);
        byte[] key = StandardWebhooks.newKey();
        endpoints.add(endpoint, key);
        return new Created(endpoint, StandardWebhooks.secret(key));
    }

    /** Applies the non-null changes; empty when the organization has no such endpoint. */
    @Transactional
    Optional<WebhookEndpoint> update(UUID organizationId, UUID id, Changes changes) {
        Optional<WebhookEndpoint> found = endpoints.find(organizationId, id);
        if (found.isEmpty()) {
            return found;
        }
        WebhookEndpoint current = found.get();
        WebhookEndpoint changed = new WebhookEndpoint(
                id,
                organizationId,
                changes.url() == null ? current.url() : destinations.endpointUrl(changes.url()),
                changes.description() == null ? current.description() : description(changes.description()),
                changes.events() == null ? current.events() : events(changes.events()),
                changes.enabled() == null ? current.enabled() : changes.enabled(),
                current.createdAt(),
                clock.instant(),
                current.previousSecretUntil());
        endpoints.update(changed);
        if (changed.enabled() && !current.enabled()) {
            deliveries.resume(id, clock.instant());
        }
        return Optional.of(changed);
    }

    /** A new secret for the endpoint, shown this once; the old one signs too for {@link #ROTATION_OVERLAP}. */
    @Transactional
    Optional<String> rotate(UUID organizationId, UUID id) {
        byte[] key = StandardWebhooks.newKey();
        Instant now = clock.instant();
        return endpoints.rotate(organizationId, id, key, now, now.plus(ROTATION_OVERLAP))
                ? Optional.of(StandardWebhooks.secret(key))
                : Optional.empty();
    }

    @Transactional
    boolean delete(UUID organizationId, UUID id) {
        return endpoints.delete(organizationId, id);
    }

    List<Delivery> deliveries(UUID organizationId, UUID endpointId, UUID before, int limit) {
        return deliveries.of(organizationId, endpointId, before, limit);
    }

    Optional<Delivery> delivery(UUID organizationId, UUID endpointId, UUID deliveryId) {
        return deliveries.find(organizationId, endpointId, deliveryId);
    }

    /** What a redelivery did, and the delivery as it was queued ({@code pending}), read before any sender took it. */
    record Redelivered(Deliveries.Redelivery outcome, Optional<Delivery> queued) {}

    @Transactional
    Redelivered redeliver(UUID organizationId, UUID endpointId, UUID deliveryId) {
        Deliveries.Redelivery outcome = deliveries.redeliver(organizationId, endpointId, deliveryId, clock.instant());
        return new Redelivered(
                outcome,
                outcome == Deliveries.Redelivery.QUEUED
                        ? deliveries.find(organizationId, endpointId, deliveryId)
                        : Optional.empty());
    }

    private static String description(String description) {
        String stripped = description == null ? "" : description.strip();
        if (stripped.length() > MAX_DESCRIPTION) {
            throw new Invalid.Exception(
                    Invalid.DESCRIPTION_INVALID, "the description is longer than " + MAX_DESCRIPTION + " characters");
        }
        return stripped;
    }

    private static EventFilter events(List<String> keys) {
        if (keys.isEmpty()) {
            throw new Invalid.Exception(
                    Invalid.EVENTS_INVALID, "name at least one event type, or \"*\" for every type");
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String key : keys) {
            if (EventFilter.ALL.equals(key)) {
                return EventFilter.everything();
            }
            types.add(EventType.parse(key == null ? "" : key.strip())
                    .orElseThrow(() -> new Invalid.Exception(
                            Invalid.EVENT_UNKNOWN,
                            "unknown event type '" + key + "'; known: " + String.join(", ", knownKeys()))));
        }
        return EventFilter.of(types);
    }

    static List<String> knownKeys() {
        return java.util.Arrays.stream(EventType.values()).map(EventType::key).toList();
    }
}
