package dev.laurel.server.webhooks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Endpoints and deliveries as the API shows them. Secrets are never part of it. */
@Component
class WebhookJson {

    ObjectNode endpoint(WebhookEndpoint endpoint) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("id", endpoint.id().toString());
        json.put("url", endpoint.url().toString());
        json.put("description", endpoint.description());
        ArrayNode events = json.putArray("events");
        endpoint.events().keys().forEach(events::add);
        json.put("enabled", endpoint.enabled());
        json.put("createdAt", endpoint.createdAt().toString());
        json.put("updatedAt", endpoint.updatedAt().toString());
        instant(json, "previousSecretValidUntil", endpoint.previousSecretUntil());
        return json;
    }

    ObjectNode delivery(Delivery delivery) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("id", delivery.id().toString());
        json.put("webhookId", delivery.webhookId());
        json.put("endpointId", delivery.endpointId().toString());
        json.put("eventType", delivery.type());
        json.put("state", delivery.state().key());
        json.put("createdAt", delivery.createdAt().toString());
        instant(json, "nextAttemptAt", delivery.nextAttemptAt());
        instant(json, "deliveredAt", delivery.deliveredAt());
        try {
            json.set("payload", Json.parse(delivery.payload()));
        } catch (MalformedJsonException impossible) {
            json.put("payload", delivery.payload());
        }
        ArrayNode attempts = json.putArray("attempts");
        for (Delivery.Attempt attempt : delivery.attempts()) {
            ObjectNode a = attempts.addObject();
            a.put("attemptedAt", attempt.at().toString());
            a.put("manual", attempt.manual());
            if (attempt.status() == null) {
                a.putNull("status");
            } else {
                a.put("status", attempt.status());
            }
            a.put("error", attempt.error());
            a.put("durationMs", attempt.durationMillis());
            a.put("responseBody", attempt.responseBody());
        }
        return json;
    }

    private static void instant(ObjectNode json, String field, Instant value) {
        if (value == null) {
            json.putNull(field);
        } else {
            json.put(field, value.toString());
        }
    }
}
