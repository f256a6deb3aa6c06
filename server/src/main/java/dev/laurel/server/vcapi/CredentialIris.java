package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.platform.WebIri;
import java.util.Map;
import java.util.Set;

/**
 * Every IRI a credential to issue carries — each {@code id} (criteria, image, evidence, achievement, subject...) and
 * each {@code url}, {@code targetUrl} and string {@code image}, which verifiers and wallets follow or show — must be an
 * absolute IRI ({@link WebIri#isAbsolute}); the first that is not is refused, named by its path in the request
 * ({@code credential.credentialSubject.achievement.criteria.id}).
 */
final class CredentialIris {

    private static final Set<String> IRI_PROPERTIES = Set.of("id", "@id", "url", "targetUrl", "image");

    private CredentialIris() {}

    static void check(ObjectNode credential) {
        check(credential, "credential");
    }

    private static void check(JsonNode node, String path) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            String at = path + "." + name;
            if (name.equals("@context")) {
                continue;
            }
            if (value.isTextual() && IRI_PROPERTIES.contains(name) && !WebIri.isAbsolute(value.asText())) {
                throw VcApiProblem.MALFORMED_VALUE.problem(at + " is not an absolute IRI (RFC 3987): '" + value.asText()
                        + "' — it needs a scheme, and no spaces, quotes, <>{}|\\^` or broken % escapes");
            }
            check(value, at);
        }
    }
}
