package dev.laurel.server.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The API's JSON: request bodies read, endpoints and deliveries written (never a secret). */
@Component
class WebhookJson {

    private static final Set<String> FIELDS = Set.of("url", "description", "events", "enabled");

    /**
     * A POST or PATCH body read strictly: an object with only {@code url}, {@code description}, {@code events}, {@code
     * enabled}; absent or null fields are null (unchanged).
     *
     * @throws Invalid.Exception naming the field at fault
     */
    Webhooks.Changes changes(String request) {
        JsonNode body;
        try {
            body = Json.parse(request == null ? "" : request);
        } catch (MalformedJsonException e) {
            throw new Invalid.Exception(Invalid.BODY_INVALID, "the request body is not JSON: " + e.getMessage());
        }
        if (!body.isObject()) {
            throw new Invalid.Exception(Invalid.BODY_INVALID, "the request body must be a JSON object");
        }
        for (String name : iterable(body)) {
            if (!FIELDS.contains(name)) {
                throw new Invalid.Exception(
                        Invalid.FIELD_UNKNOWN,
                        "unknown field '" + name + "'; known: url, description, events, enabled",
                        name);
            }
        }
        return new Webhooks.Changes(
                text(body, "url", Invalid.URL_INVALID),
                text(body, "description", Invalid.DESCRIPTION_INVALID),
                events(body),
                enabled(body));
    }

    private static List<String> iterable(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String text(JsonNode body, String field, Invalid invalid) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new Invalid.Exception(invalid, "'" + field + "' must be a string");
        }
        return value.asText();
    }

    private static List<String> events(JsonNode body) {
        JsonNode value = body.get("events");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw new Invalid.Exception(
                    Invalid.EVENTS_INVALID, "'events' must be an array of event type names, or [\"*\"]");
        }
        List<String> keys = new ArrayList<>();
        for (JsonNode key : value) {
            if (!key.isTextual()) {
                throw new Invalid.Exception(Invalid.EVENTS_INVALID, "'events' must hold strings only");
            }
            keys.add(key.asText());
        }
        return keys;
    }

    private static Boolean enabled(JsonNode body) {
        JsonNode value = body.get("enabled");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new Invalid.Exception(Invalid.ENABLED_INVALID, "'enabled' must be true or false");
        }
        return value.asBoolean();
    }

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
