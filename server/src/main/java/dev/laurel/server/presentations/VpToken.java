package dev.laurel.server.presentations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.proof.DecodedJwt;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code vp_token} read against {@link OpenBadgeQuery} (OpenID4VP 1.0 §8.1, §8.6 step 1): a JSON object keyed by
 * credential query ids, here exactly one of the two options, whose value is an array of exactly one presentation (no
 * query allows {@code multiple}) — a JSON object for {@code ldp_vc}, a compact JWS string for {@code jwt_vc_json}.
 */
sealed interface VpToken {

    /** The one presentation, for credential query {@code queryId} in {@code format}. */
    record Presented(String queryId, String format, JsonNode presentation) implements VpToken {

        /** The verification method that made the presentation's proof: its {@code proof.verificationMethod} or its JOSE {@code kid}. */
        Optional<String> provingKey() {
            if (presentation.isTextual()) {
                try {
                    JsonNode kid =
                            DecodedJwt.parse(presentation.asText()).header().get("kid");
                    return kid != null && kid.isTextual() ? Optional.of(kid.asText()) : Optional.empty();
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
            JsonNode proof = presentation.get("proof");
            if (proof != null && proof.isArray() && proof.size() == 1) {
                proof = proof.get(0);
            }
            JsonNode method = proof == null ? null : proof.get("verificationMethod");
            return method != null && method.isTextual() ? Optional.of(method.asText()) : Optional.empty();
        }
    }

    /** Not a {@code vp_token} answering the query, and why, for the wallet and the page. */
    record Malformed(String description) implements VpToken {}

    static VpToken read(String text) {
        JsonNode token;
        try {
            token = Json.parse(text);
        } catch (RuntimeException e) {
            return new Malformed("the vp_token is not JSON: " + e.getMessage());
        }
        if (!token.isObject()) {
            return new Malformed("the vp_token must be a JSON object keyed by credential query ids");
        }
        List<String> ids = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = token.fields(); it.hasNext(); ) {
            ids.add(it.next().getKey());
        }
        if (ids.size() != 1) {
            return new Malformed("the vp_token must answer exactly one of the credential queries " + OpenBadgeQuery.LDP
                    + " and " + OpenBadgeQuery.JWT + ", not " + ids);
        }
        String id = ids.get(0);
        Optional<String> format = OpenBadgeQuery.format(id);
        if (format.isEmpty()) {
            return new Malformed("the vp_token answers " + id + ", which the query does not ask");
        }
        JsonNode presentations = token.get(id);
        if (!presentations.isArray() || presentations.size() != 1) {
            return new Malformed("the vp_token's " + id + " must be an array of exactly one presentation");
        }
        JsonNode presentation = presentations.get(0);
        boolean jwt = format.get().equals("jwt_vc_json");
        if (jwt && !presentation.isTextual()) {
            return new Malformed("a jwt_vc_json presentation must be a compact JWS string");
        }
        if (!jwt && !presentation.isObject()) {
            return new Malformed("an ldp_vc presentation must be a JSON object");
        }
        return new Presented(id, format.get(), presentation);
    }
}
