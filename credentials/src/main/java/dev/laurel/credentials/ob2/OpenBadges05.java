package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Open Badges 0.5 assertions (the first Mozilla Backpack format: no {@code @context}, the recipient an email address
 * or a salted hash string, the BadgeClass and its issuer embedded) read as Open Badges 2.0, as the 1EdTech validator
 * upgrades them: the 2.0 context and types; the URL the assertion is hosted at becomes its id, and its verification
 * {@code HostedBadge}; {@code issued_on} becomes {@code issuedOn}; the recipient an email IdentityObject, hashed when
 * it holds no {@code @}, with the top-level {@code salt}; the issuer's {@code origin} becomes its {@code url}, {@code
 * contact} its {@code email}, and {@code org} is added to its {@code name} ("name: org"). Dates are upgraded as for
 * 1.x. Beyond the validator, as the 0.5 specification allows relative URLs: the BadgeClass's {@code image} and {@code
 * criteria} and the assertion's {@code evidence} are resolved against the issuer's origin; the issuer, which has no id
 * of its own, is identified by its origin, and the BadgeClass by the assertion's URL with the fragment {@code #badge}.
 * The input is never changed.
 */
final class OpenBadges05 {

    private OpenBadges05() {}

    /** Whether {@code node} is a 0.5 assertion: no context, a recipient string and an embedded BadgeClass. */
    static boolean is(ObjectNode node) {
        return !node.has("@context") && node.path("recipient").isTextual() && node.get("badge") instanceof ObjectNode;
    }

    /** The assertion as Open Badges 2.0; {@code hostedAt}, the URL it was fetched from, becomes its id. */
    static ObjectNode assertion(ObjectNode v05, Optional<String> hostedAt) {
        ObjectNode v2 = v05.deepCopy();
        v2.put("@context", OpenBadges1.V2_CONTEXT);
        v2.put("type", "Assertion");
        if (Nodes.text(v2.get("id")).isEmpty()) {
            hostedAt.ifPresent(url -> v2.put("id", url));
        }
        if (v2.has("issued_on") && !v2.has("issuedOn")) {
            v2.set("issuedOn", v2.remove("issued_on"));
        }
        String identity = v2.get("recipient").asText();
        ObjectNode recipient = v2.putObject("recipient");
        recipient.put("type", "email");
        recipient.put("hashed", !identity.contains("@"));
        recipient.put("identity", identity);
        JsonNode salt = v2.remove("salt");
        if (salt != null && salt.isTextual()) {
            recipient.put("salt", salt.asText());
        }
        v2.putObject("verification").put("type", "HostedBadge");
        OpenBadges1.date(v2, "issuedOn");
        OpenBadges1.date(v2, "expires");
        ObjectNode badge = (ObjectNode) v2.get("badge");
        badge.put("@context", OpenBadges1.V2_CONTEXT);
        badge.put("type", "BadgeClass");
        Nodes.text(v2.get("id")).ifPresent(id -> badge.put("id", id + "#badge"));
        Optional<String> origin = Optional.empty();
        if (badge.get("issuer") instanceof ObjectNode issuer) {
            origin = Nodes.text(issuer.get("origin")).or(() -> Nodes.text(issuer.get("url")));
            badge.set("issuer", issuer(issuer));
        }
        for (String name : new String[] {"image", "criteria"}) {
            resolve(badge, name, origin);
        }
        resolve(v2, "evidence", origin);
        return v2;
    }

    private static ObjectNode issuer(ObjectNode v05) {
        ObjectNode issuer = v05.deepCopy();
        issuer.put("@context", OpenBadges1.V2_CONTEXT);
        issuer.put("type", "Profile");
        rename(issuer, "contact", "email");
        rename(issuer, "origin", "url");
        Optional<String> name = Nodes.text(issuer.get("name"));
        Optional<String> org = Nodes.text(issuer.get("org"));
        if (name.isPresent() && org.isPresent()) {
            issuer.put("name", name.get() + ": " + org.get());
            issuer.remove("org");
        }
        Nodes.text(issuer.get("url")).ifPresent(url -> issuer.put("id", url));
        return issuer;
    }

    private static void rename(ObjectNode node, String from, String to) {
        if (node.has(from) && !node.has(to)) {
            node.set(to, node.remove(from));
        }
    }

    /** A relative URL in {@code node}'s {@code name}, resolved against the issuer's origin. */
    private static void resolve(ObjectNode node, String name, Optional<String> origin) {
        Optional<String> value = Nodes.text(node.get(name));
        if (value.isEmpty() || origin.isEmpty()) {
            return;
        }
        try {
            URI url = new URI(value.get());
            if (!url.isAbsolute()) {
                node.put(name, new URI(origin.get()).resolve(url).toString());
            }
        } catch (URISyntaxException | IllegalArgumentException notUrl) {
            // left as it is: the structure check says what is wrong with it
        }
    }
}
