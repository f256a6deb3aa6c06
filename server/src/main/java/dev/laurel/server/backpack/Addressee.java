package dev.laurel.server.backpack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.model.IdentityObject;
import dev.laurel.credentials.ob2.RecipientIdentity;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a credential was issued to an earner: its recipient names one of their confirmed email addresses. An Open
 * Badges 2.0 assertion's {@code recipient} of type {@code email}, or an Open Badges 3.0 / VC subject's {@code id}
 * ({@code mailto:}) or {@code identifier} of type {@code emailAddress}, in plain text or hashed with the credential's
 * salt — by {@code sha256} or {@code md5}, the algorithms both specifications define (a sha512 recipient is not a valid
 * Open Badges recipient and fails verification before this is asked). Laurel knows no DIDs of its earners, so a subject
 * named only by a DID is nobody's here. Addresses are compared as given and trimmed and lower-cased.
 */
final class Addressee {

    private Addressee() {}

    /** Whether {@code credential} (the JSON its verification read) names one of {@code addresses}. */
    static boolean among(JsonNode credential, Collection<String> addresses) {
        if (credential == null || !credential.isObject() || addresses.isEmpty()) {
            return false;
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (String address : addresses) {
            candidates.add(address);
            candidates.add(address.strip().toLowerCase(Locale.ROOT));
        }
        if (!credential.has("credentialSubject")) {
            return credential.get("recipient") instanceof JsonNode recipient
                    && RecipientIdentity.read(recipient) instanceof RecipientIdentity.Reading.Read read
                    && read.identity().type().equals("email")
                    && candidates.stream().anyMatch(read.identity()::matches);
        }
        return each(credential.get("credentialSubject")).stream().anyMatch(subject -> names(subject, candidates));
    }

    private static boolean names(JsonNode subject, Set<String> candidates) {
        String id = subject.path("id").asText("");
        if (id.regionMatches(true, 0, "mailto:", 0, 7)
                && candidates.stream().anyMatch(id.substring(7).strip()::equalsIgnoreCase)) {
            return true;
        }
        for (JsonNode identifier : each(subject.get("identifier"))) {
            if (!identifier.path("identityType").asText("").equals("emailAddress")) {
                continue;
            }
            JsonNode hashed = identifier.get("hashed");
            String hash = identifier.path("identityHash").asText("");
            if (!(hashed != null && hashed.asBoolean(false))
                    && candidates.stream().anyMatch(hash.strip()::equalsIgnoreCase)) {
                return true;
            }
            IdentityObject identity = new IdentityObject(
                    identifier.path("type").asText(null),
                    identifier.path("identityHash").asText(null),
                    "emailAddress",
                    hashed != null && hashed.isBoolean() ? hashed.booleanValue() : null,
                    identifier.path("salt").isTextual() ? identifier.get("salt").asText() : null,
                    null);
            if (candidates.stream().anyMatch(identity::matches)) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> each(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        if (node.isArray()) {
            List<JsonNode> all = new java.util.ArrayList<>();
            node.forEach(all::add);
            return all.stream().filter(JsonNode::isObject).toList();
        }
        return node.isObject() ? List.of(node) : List.of();
    }
}
