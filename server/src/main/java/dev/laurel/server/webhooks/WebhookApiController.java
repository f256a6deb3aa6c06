package dev.laurel.server.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.platform.Problem;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/webhooks}: the API key's organization's endpoints and deliveries, for keys with the {@code admin}
 * scope. Another organization's ids are not found. docs/api/webhooks.md describes every call; failures are RFC 9457
 * problems ({@link WebhookApiProblems}).
 */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookApiController {

    static final int MAX_PAGE = 100;

    private final Webhooks webhooks;
    private final WebhookJson json;

    WebhookApiController(Webhooks webhooks, WebhookJson json) {
        this.webhooks = webhooks;
        this.json = json;
    }

    @GetMapping
    ResponseEntity<String> list(@AuthenticationPrincipal ApiClient client) {
        UUID organization = admin(client);
        ObjectNode body = Json.MAPPER.createObjectNode();
        var items = body.putArray("items");
        webhooks.of(organization).forEach(endpoint -> items.add(json.endpoint(endpoint)));
        return ok(body);
    }

    @PostMapping
    ResponseEntity<String> create(
            @AuthenticationPrincipal ApiClient client, @RequestBody(required = false) String request) {
        UUID organization = admin(client);
        Webhooks.Changes changes = json.changes(request);
        if (changes.url() == null) {
            throw new Invalid.Exception(Invalid.URL_MISSING, "the webhook URL is missing");
        }
        Webhooks.Created created = webhooks.create(organization, changes);
        ObjectNode body = json.endpoint(created.endpoint());
        body.put("secret", created.secret());
        return ResponseEntity.created(
                        URI.create("/api/v1/webhooks/" + created.endpoint().id()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(body));
    }

    @GetMapping("/{id}")
    ResponseEntity<String> show(@AuthenticationPrincipal ApiClient client, @PathVariable String id) {
        UUID organization = admin(client);
        return ok(json.endpoint(webhooks.find(organization, endpointId(id)).orElseThrow(() -> notFound(id))));
    }

    @PatchMapping("/{id}")
    ResponseEntity<String> update(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable String id,
            @RequestBody(required = false) String request) {
        UUID organization = admin(client);
        UUID endpoint = endpointId(id);
        webhooks.find(organization, endpoint).orElseThrow(() -> notFound(id));
        return ok(json.endpoint(
                webhooks.update(organization, endpoint, json.changes(request)).orElseThrow(() -> notFound(id))));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal ApiClient client, @PathVariable String id) {
        UUID organization = admin(client);
        if (!webhooks.delete(organization, endpointId(id))) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/rotate-secret")
    ResponseEntity<String> rotate(@AuthenticationPrincipal ApiClient client, @PathVariable String id) {
        UUID organization = admin(client);
        UUID endpoint = endpointId(id);
        String secret = webhooks.rotate(organization, endpoint).orElseThrow(() -> notFound(id));
        ObjectNode body = json.endpoint(webhooks.find(organization, endpoint).orElseThrow());
        body.put("secret", secret);
        return ok(body);
    }

    @GetMapping("/{id}/deliveries")
    ResponseEntity<String> deliveries(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable String id,
            @RequestParam(required = false) String before,
            @RequestParam(defaultValue = "50") int limit) {
        UUID organization = admin(client);
        UUID endpoint = endpointId(id);
        webhooks.find(organization, endpoint).orElseThrow(() -> notFound(id));
        int size = Math.clamp(limit, 1, MAX_PAGE);
        UUID cursor = before == null ? null : cursor(before);
        List<Delivery> page = webhooks.deliveries(organization, endpoint, cursor, size + 1);
        List<Delivery> shown = page.size() > size ? page.subList(0, size) : page;
        ObjectNode body = Json.MAPPER.createObjectNode();
        var items = body.putArray("items");
        shown.forEach(delivery -> items.add(json.delivery(delivery)));
        if (page.size() > size) {
            body.put(
                    "next",
                    "/api/v1/webhooks/" + endpoint + "/deliveries?limit=" + size + "&before="
                            + shown.getLast().id());
        } else {
            body.putNull("next");
        }
        return ok(body);
    }

    @GetMapping("/{id}/deliveries/{deliveryId}")
    ResponseEntity<String> delivery(
            @AuthenticationPrincipal ApiClient client, @PathVariable String id, @PathVariable String deliveryId) {
        UUID organization = admin(client);
        UUID endpoint = endpointId(id);
        webhooks.find(organization, endpoint).orElseThrow(() -> notFound(id));
        return ok(json.delivery(webhooks.delivery(organization, endpoint, deliveryId(deliveryId))
                .orElseThrow(() -> deliveryNotFound(deliveryId))));
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    ResponseEntity<String> redeliver(
            @AuthenticationPrincipal ApiClient client, @PathVariable String id, @PathVariable String deliveryId) {
        UUID organization = admin(client);
        UUID endpoint = endpointId(id);
        if (!webhooks.find(organization, endpoint)
                .orElseThrow(() -> notFound(id))
                .enabled()) {
            throw WebhookError.ENDPOINT_DISABLED.problem(
                    "webhook endpoint " + id + " is disabled: enable it before redelivering");
        }
        UUID delivery = deliveryId(deliveryId);
        Webhooks.Redelivered redelivered = webhooks.redeliver(organization, endpoint, delivery);
        switch (redelivered.outcome()) {
            case NOT_FOUND -> throw deliveryNotFound(deliveryId);
            case IN_PROGRESS ->
                throw WebhookError.DELIVERY_IN_PROGRESS.problem(
                        "delivery " + deliveryId + " is being sent right now; ask again when it is done");
            case QUEUED -> {}
        }
        return ResponseEntity.accepted()
                .contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(json.delivery(redelivered.queued().orElseThrow())));
    }

    private static UUID admin(ApiClient client) {
        client.require(Scope.ADMIN);
        return client.organizationId();
    }

    private static UUID endpointId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    private static UUID deliveryId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw deliveryNotFound(id);
        }
    }

    private static UUID cursor(String before) {
        try {
            return UUID.fromString(before);
        } catch (IllegalArgumentException e) {
            throw new Invalid.Exception(Invalid.CURSOR_INVALID, "'before' must be a delivery id, as 'next' gives it");
        }
    }

    private static Problem notFound(String id) {
        return WebhookError.NOT_FOUND.problem("this organization has no webhook endpoint " + id);
    }

    private static Problem deliveryNotFound(String id) {
        return WebhookError.DELIVERY_NOT_FOUND.problem("this webhook endpoint has no delivery " + id);
    }

    private static ResponseEntity<String> ok(JsonNode body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(body));
    }
}
