package dev.laurel.credentials.did;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import dev.laurel.credentials.key.Multibase;
import dev.laurel.credentials.key.Multikey;
import java.net.URI;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Finds one verification method in a DID document or controller document, with the relationships granted to it. */
final class ControllerDocument {

    static final String[] RELATIONSHIPS = {
        "assertionMethod", "authentication", "capabilityInvocation", "capabilityDelegation", "keyAgreement"
    };

    private final JsonNode document;
    private final String documentId;

    ControllerDocument(JsonNode document, String documentId) {
        this.document = document;
        this.documentId = documentId;
    }

    /** The method whose absolute id is {@code methodUrl}; an error message as {@link Resolution.Unresolved} if not. */
    Resolution find(String methodUrl) {
        Optional<JsonNode> method = locate(methodUrl);
        if (method.isEmpty()) {
            return new Resolution.Unresolved(
                    methodUrl, "the document at " + documentId + " has no verification method " + methodUrl);
        }
        JsonNode node = method.get();
        try {
            JWK key = publicKey(node);
            String type = node.path("type").asText("");
            String controller = node.path("controller").asText(documentId);
            return new Resolution.Resolved(
                    new VerificationMethod(methodUrl, type, controller, key, purposes(methodUrl)));
        } catch (IllegalArgumentException e) {
            return new Resolution.Unresolved(methodUrl, "verification method " + methodUrl + ": " + e.getMessage());
        }
    }

    private Optional<JsonNode> locate(String methodUrl) {
        if (methodUrl.equals(document.path("id").asText(null)) && hasKey(document)) {
            return Optional.of(document);
        }
        for (String property : concat("verificationMethod", RELATIONSHIPS)) {
            for (JsonNode candidate : document.path(property)) {
                if (candidate.isObject()
                        && methodUrl.equals(absolute(candidate.path("id").asText("")))) {
                    return Optional.of(candidate);
                }
            }
        }
        String fragment = URI.create(methodUrl).getFragment();
        for (JsonNode candidate : document.path("keys")) {
            if (fragment != null && fragment.equals(candidate.path("kid").asText(null))) {
                return Optional.of(wrapJwk(candidate));
            }
        }
        return Optional.empty();
    }

    private Set<String> purposes(String methodUrl) {
        Set<String> granted = new HashSet<>();
        for (String relationship : RELATIONSHIPS) {
            for (JsonNode entry : document.path(relationship)) {
                String id =
                        entry.isTextual() ? entry.asText() : entry.path("id").asText("");
                if (methodUrl.equals(absolute(id))) {
                    granted.add(relationship);
                }
            }
        }
        return granted;
    }

    private String absolute(String id) {
        if (id.startsWith("#")) {
            return documentId + id;
        }
        return id;
    }

    private static boolean hasKey(JsonNode node) {
        return node.has("publicKeyMultibase") || node.has("publicKeyJwk") || node.has("publicKeyBase58");
    }

    private static JsonNode wrapJwk(JsonNode jwk) {
        var wrapper = dev.laurel.credentials.json.Json.MAPPER.createObjectNode();
        wrapper.put("type", "JsonWebKey");
        wrapper.set("publicKeyJwk", jwk);
        return wrapper;
    }

    /** The public key of a verification method node, in any of the representations in use. */
    static JWK publicKey(JsonNode node) {
        if (node.hasNonNull("publicKeyMultibase")) {
            return Multikey.fromMultibase(node.get("publicKeyMultibase").asText())
                    .toJwk();
        }
        if (node.hasNonNull("publicKeyJwk")) {
            try {
                JWK jwk = JWK.parse(node.get("publicKeyJwk").toString());
                if (jwk.isPrivate()) {
                    throw new IllegalArgumentException("publicKeyJwk contains a private key; refused");
                }
                return jwk;
            } catch (ParseException e) {
                throw new IllegalArgumentException("publicKeyJwk is not a valid JWK: " + e.getMessage(), e);
            }
        }
        if (node.hasNonNull("publicKeyBase58")) {
            byte[] raw = Multibase.decodeBase58(node.get("publicKeyBase58").asText());
            if (raw.length != 32) {
                throw new IllegalArgumentException("publicKeyBase58 is not a 32-byte Ed25519 key");
            }
            return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(raw)).build();
        }
        throw new IllegalArgumentException(
                "no public key (expected publicKeyMultibase, publicKeyJwk or publicKeyBase58)");
    }

    private static String[] concat(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
