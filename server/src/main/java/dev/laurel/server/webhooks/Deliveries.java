package dev.laurel.server.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.platform.FollowUps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webhook outbox and its log: {@link #enqueue} writes an event and one delivery per subscribed endpoint in the
 * caller's transaction, with a follow-up per delivery ({@link Sender#TASK}), so deliveries exist and are sent exactly
 * when the action that caused them committed; {@link Sender} sends them. Reads are scoped to an organization. Thread-safe.
 */
@Component
class Deliveries {

    private static final String COLUMNS = """
            d.id, d.endpoint_id, d.event_id, ev.type, ev.payload, d.state, ev.occurred_at, d.next_attempt_at,
            d.delivered_at
            """;

    private final JdbcClient jdbc;
    private final Endpoints endpoints;
    private final FollowUps followUps;

    Deliveries(JdbcClient jdbc, Endpoints endpoints, FollowUps followUps) {
        this.jdbc = jdbc;
        this.endpoints = endpoints;
        this.followUps = followUps;
    }

    /** Whether any enabled endpoint of the organization wants {@code type}. */
    boolean anySubscriber(UUID organizationId, EventType type) {
        return !endpoints.subscribers(organizationId, type).isEmpty();
    }

    /**
     * Rewrites the recorded events about these credentials so that they no longer name the earner, who deleted their
     * account: {@code data.recipient} becomes {@code {"email": null, "name": "deleted earner"}}, also for deliveries
     * still to be sent.
     */
    @Transactional
    void forgetRecipient(UUID organizationId, List<UUID> credentialIds) {
        jdbc.sql("""
                        update webhook_events set payload = jsonb_set(cast(payload as jsonb), '{data,recipient}',
                            '{"email": null, "name": "deleted earner"}')::text
                        where organization_id = :org and cast(payload as jsonb) #>> '{data,credentialId}' = any(:ids)
                            and cast(payload as jsonb) #> '{data,recipient}' is not null
                        """)
                .param("org", organizationId)
                .param("ids", credentialIds.stream().map(UUID::toString).toArray(String[]::new))
                .update();
    }

    /**
     * Rewrites the recorded pathway events that name an earner by one of {@code addresses} — the earner deleted their
     * account — as {@link #forgetRecipient} does: {@code data.recipient} becomes {@code {"email": null, "name":
     * "deleted earner"}}, in every organization.
     */
    @Transactional
    void forgetEarner(List<String> addresses) {
        if (addresses.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update webhook_events set payload = jsonb_set(cast(payload as jsonb), '{data,recipient}',
                            '{"email": null, "name": "deleted earner"}')::text
                        where type like 'pathway.%'
                            and lower(cast(payload as jsonb) #>> '{data,recipient,email}') = any(:addresses)
                        """).param("addresses", addresses.toArray(String[]::new)).update();
    }

    /**
     * Queues an event of {@code organizationId} for every enabled endpoint that wants {@code type}; {@code data} is
     * asked for only when there is one. Returns the event's id, or empty when no endpoint wanted it.
     */
    @Transactional
    Optional<UUID> enqueue(UUID organizationId, EventType type, Instant at, Supplier<ObjectNode> data) {
        List<UUID> subscribers = endpoints.subscribers(organizationId, type);
        if (subscribers.isEmpty()) {
            return Optional.empty();
        }
        Instant occurred = at.truncatedTo(ChronoUnit.MILLIS);
        ObjectNode payload = Json.MAPPER.createObjectNode();
        payload.put("type", type.key());
        payload.put("timestamp", occurred.toString());
        payload.set("data", data.get());
        UUID eventId = UUID.randomUUID();
        jdbc.sql("""
                        insert into webhook_events (id, organization_id, type, payload, occurred_at)
                        values (:id, :org, :type, :payload, :at)
                        """)
                .param("id", eventId)
                .param("org", organizationId)
                .param("type", type.key())
                .param("payload", Json.write(payload))
                .param("at", Timestamp.from(occurred))
                .update();
        for (UUID endpoint : subscribers) {
            UUID delivery = UUID.randomUUID();
            jdbc.sql("""
                            insert into webhook_deliveries (id, event_id, endpoint_id, state, next_attempt_at,
                                                            retry_until, created_at)
                            values (:id, :event, :endpoint, 'pending', :at, :until, :at)
                            """)
                    .param("id", delivery)
                    .param("event", eventId)
                    .param("endpoint", endpoint)
                    .param("at", Timestamp.from(occurred))
                    .param("until", Timestamp.from(occurred.plus(Backoff.WINDOW)))
                    .update();
            followUps.schedule(Sender.TASK, delivery.toString(), occurred);
        }
        return Optional.of(eventId);
    }

    /** The endpoint's deliveries, newest first, older than {@code before} (a delivery id) when given. */
    List<Delivery> of(UUID organizationId, UUID endpointId, UUID before, int limit) {
        String older = before == null
                ? ""
                : "and (d.created_at, d.id) < (select b.created_at, b.id from webhook_deliveries b where b.id = :before)";
        List<Delivery> found = jdbc.sql(
                        "select " + COLUMNS + """
                        from webhook_deliveries d
                        join webhook_events ev on ev.id = d.event_id
                        join webhook_endpoints e on e.id = d.endpoint_id
                        where d.endpoint_id = :endpoint and e.organization_id = :org
                        """ + older + " order by d.created_at desc, d.id desc limit :limit")
                .params(
                        before == null
                                ? Map.of("endpoint", endpointId, "org", organizationId, "limit", limit)
                                : Map.of(
                                        "endpoint",
                                        endpointId,
                                        "org",
                                        organizationId,
                                        "limit",
                                        limit,
                                        "before",
                                        before))
                .query((rs, row) -> delivery(rs, List.of()))
                .list();
        return withAttempts(found);
    }

    Optional<Delivery> find(UUID organizationId, UUID endpointId, UUID id) {
        return jdbc.sql("select " + COLUMNS + """
                        from webhook_deliveries d
                        join webhook_events ev on ev.id = d.event_id
                        join webhook_endpoints e on e.id = d.endpoint_id
                        where d.id = :id and d.endpoint_id = :endpoint and e.organization_id = :org
                        """)
                .param("id", id)
                .param("endpoint", endpointId)
                .param("org", organizationId)
                .query((rs, row) -> delivery(rs, List.of()))
                .optional()
                .map(delivery -> withAttempts(List.of(delivery)).getFirst());
    }

    /** What asking for a redelivery did. */
    enum Redelivery {
        /** One more attempt, marked manual, is due now; it goes out with the same webhook-id. */
        QUEUED,
        /** A sender is sending it right now. */
        IN_PROGRESS,
        /** No such delivery for that endpoint in that organization. */
        NOT_FOUND
    }

    /**
     * Makes the delivery due now, as a manual attempt with the same webhook-id and body. A delivered or failed
     * delivery gets that one attempt (a failure leaves it failed); a pending one keeps its retry window.
     */
    @Transactional
    Redelivery redeliver(UUID organizationId, UUID endpointId, UUID id, Instant now) {
        Optional<Delivery.State> state = jdbc.sql("""
                        select d.state from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
                        where d.id = :id and d.endpoint_id = :endpoint and e.organization_id = :org
                        for update of d
                        """)
                .param("id", id)
                .param("endpoint", endpointId)
                .param("org", organizationId)
                .query((rs, row) -> Delivery.State.parse(rs.getString("state")))
                .optional();
        if (state.isEmpty()) {
            return Redelivery.NOT_FOUND;
        }
        if (state.get() == Delivery.State.SENDING) {
            return Redelivery.IN_PROGRESS;
        }
        jdbc.sql("""
                        update webhook_deliveries set state = 'pending', next_attempt_at = :now, manual = true,
                            retry_until = case when state = 'pending' then retry_until else :now end
                        where id = :id
                        """).param("now", Timestamp.from(now)).param("id", id).update();
        followUps.schedule(Sender.TASK, id.toString(), now);
        return Redelivery.QUEUED;
    }

    /** Sends the endpoint's pending deliveries again, each when it is due: the endpoint was enabled again. */
    @Transactional
    void resume(UUID endpointId, Instant now) {
        jdbc.sql(
                        "select id, next_attempt_at from webhook_deliveries where endpoint_id = :endpoint and state = 'pending'")
                .param("endpoint", endpointId)
                .query((rs, row) -> {
                    Timestamp next = rs.getTimestamp("next_attempt_at");
                    return Sender.TASK
                            .instance(rs.getString("id"))
                            .scheduledTo(next == null || next.toInstant().isBefore(now) ? now : next.toInstant());
                })
                .list()
                .forEach(followUps::schedule);
    }

    private List<Delivery> withAttempts(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<UUID, List<Delivery.Attempt>> attempts = jdbc
                .sql("""
                        select delivery_id, attempted_at, manual, response_status, error, duration_ms, response_body
                        from webhook_attempts where delivery_id in (:ids) order by id
                        """)
                .param("ids", deliveries.stream().map(Delivery::id).toList())
                .query((rs, row) -> Map.entry(
                        rs.getObject("delivery_id", UUID.class),
                        new Delivery.Attempt(
                                rs.getTimestamp("attempted_at").toInstant(),
                                rs.getBoolean("manual"),
                                (Integer) rs.getObject("response_status"),
                                rs.getString("error"),
                                rs.getLong("duration_ms"),
                                rs.getString("response_body"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return deliveries.stream()
                .map(d -> new Delivery(
                        d.id(),
                        d.endpointId(),
                        d.eventId(),
                        d.type(),
                        d.payload(),
                        d.state(),
                        d.createdAt(),
                        d.nextAttemptAt(),
                        d.deliveredAt(),
                        attempts.getOrDefault(d.id(), List.of())))
                .toList();
    }

    private static Delivery delivery(ResultSet rs, List<Delivery.Attempt> attempts) throws SQLException {
        Timestamp next = rs.getTimestamp("next_attempt_at");
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new Delivery(
                rs.getObject("id", UUID.class),
                rs.getObject("endpoint_id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getString("type"),
                rs.getString("payload"),
                Delivery.State.parse(rs.getString("state")),
                rs.getTimestamp("occurred_at").toInstant(),
                next == null ? null : next.toInstant(),
                delivered == null ? null : delivered.toInstant(),
                attempts);
    }
}
