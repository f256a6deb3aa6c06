package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Open Badges 1.x objects (1.0, the Mozilla Backpack era, without {@code @context}; 1.1, in the context {@code
 * https://w3id.org/openbadges/v1}) read as Open Badges 2.0, as the 1EdTech validator upgrades them before verifying:
 * the 2.0 context and type; {@code verify} becomes {@code verification}, {@code hosted} {@code HostedBadge} and
 * {@code signed} {@code SignedBadge}, the hosted assertion's URL its id and the signing key's URL its {@code
 * creator}; a recipient given as a hash string with a top-level {@code salt} becomes an email IdentityObject; an
 * {@code issuedOn} or {@code expires} given as Unix seconds or as a date without a time zone becomes an ISO 8601
 * date-time in UTC; {@code uid} is dropped. A linked BadgeClass or issuer without an id takes the URL it was fetched
 * from. The input is never changed: each upgrade returns a copy.
 */
final class OpenBadges1 {

    static final String V2_CONTEXT = "https://w3id.org/openbadges/v2";
    private static final Set<String> V1_CONTEXTS = Set.of(
            "https://w3id.org/openbadges/v1",
            "http://w3id.org/openbadges/v1",
            "https://openbadgespec.org/v1/context.json",
            "http://openbadgespec.org/v1/context.json");
    private static final Pattern HASH = Pattern.compile("(?i)(sha256|md5)\\$.*");
    private static final Pattern EPOCH = Pattern.compile("-?\\d+(\\.\\d+)?");

    private OpenBadges1() {}

    /**
     * Whether {@code node} is an Open Badges 1.x object: in a 1.x context, or without any context in the 1.0 form
     * (untyped, or an assertion with {@code verify}, {@code uid} or a recipient given as a string).
     */
    static boolean is(ObjectNode node) {
        List<String> contexts = Nodes.strings(node.get("@context"));
        if (contexts.stream().anyMatch(V1_CONTEXTS::contains)) {
            return true;
        }
        if (node.has("@context")) {
            return false;
        }
        return node.get("type") == null
                || (node.has("verify") && !node.has("verification"))
                || node.has("uid")
                || node.path("recipient").isTextual();
    }

    /** The assertion as Open Badges 2.0, with its embedded BadgeClass (if any) upgraded too. */
    static ObjectNode assertion(ObjectNode v1) {
        ObjectNode v2 = v1.deepCopy();
        v2.put("@context", V2_CONTEXT);
        if (!Nodes.hasType(v2, "Assertion")) {
            v2.put("type", "Assertion");
        }
        v2.remove("uid");
        if (v2.has("verify") && !v2.has("verification")) {
            v2.set("verification", v2.remove("verify"));
        }
        if (v2.get("verification") instanceof ObjectNode verification) {
            verification(v2, verification);
        }
        recipient(v2);
        date(v2, "issuedOn");
        date(v2, "expires");
        if (v2.get("badge") instanceof ObjectNode badge && is(badge)) {
            v2.set("badge", linked(badge, "BadgeClass", Optional.empty()));
        }
        return v2;
    }

    /**
     * A BadgeClass ({@code type} {@code "BadgeClass"}) or issuer ({@code "Issuer"}) as Open Badges 2.0; without an id
     * it takes {@code fetchedFrom}. An embedded 1.x issuer of a BadgeClass is upgraded too.
     */
    static ObjectNode linked(ObjectNode v1, String type, Optional<String> fetchedFrom) {
        ObjectNode v2 = v1.deepCopy();
        v2.put("@context", V2_CONTEXT);
        if (!Nodes.hasType(v2, type)) {
            v2.put("type", type);
        }
        if (Nodes.text(v2.get("id")).isEmpty()) {
            fetchedFrom.ifPresent(url -> v2.put("id", url));
        }
        if (type.equals("BadgeClass") && v2.get("issuer") instanceof ObjectNode issuer && is(issuer)) {
            v2.set("issuer", linked(issuer, "Issuer", Optional.empty()));
        }
        return v2;
    }

    private static void verification(ObjectNode assertion, ObjectNode verification) {
        String type = verification.path("type").asText();
        Optional<String> url = Nodes.text(verification.get("url"));
        if (type.equals("hosted")) {
            verification.put("type", "HostedBadge");
            if (url.isPresent()
                    && Nodes.httpUrl(Nodes.text(assertion.get("id")).orElse("")).isEmpty()) {
                assertion.put("id", url.get());
            }
            verification.remove("url");
        } else if (type.equals("signed")) {
            verification.put("type", "SignedBadge");
            if (url.isPresent() && !verification.has("creator")) {
                verification.put("creator", url.get());
            }
            verification.remove("url");
        }
    }

    /** A 1.0 recipient string (a hash, salted by the top-level salt, or an email address) as an IdentityObject. */
    private static void recipient(ObjectNode assertion) {
        JsonNode recipient = assertion.get("recipient");
        if (recipient == null || !recipient.isTextual()) {
            return;
        }
        String identity = recipient.asText();
        ObjectNode object = assertion.putObject("recipient");
        object.put("type", "email");
        object.put("hashed", HASH.matcher(identity).matches());
        object.put("identity", identity);
        JsonNode salt = assertion.remove("salt");
        if (salt != null && salt.isTextual()) {
            object.put("salt", salt.asText());
        }
    }

    /** Unix seconds (a number or digits), a date, or a date-time without a zone, as an ISO 8601 UTC date-time. */
    private static void date(ObjectNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || DateTimes.parse(value).isPresent()) {
            return;
        }
        String text = value.isNumber() || value.isTextual() ? value.asText().strip() : "";
        Optional<Instant> instant = Optional.empty();
        if (EPOCH.matcher(text).matches()) {
            try {
                instant = Optional.of(Instant.ofEpochSecond(new BigDecimal(text).longValueExact()));
            } catch (ArithmeticException | DateTimeException notWhole) {
                instant = Optional.empty();
            }
        } else {
            instant = local(text);
        }
        instant.ifPresent(when -> node.put(name, when.toString()));
    }

    private static Optional<Instant> local(String text) {
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notDate) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException neither) {
                return Optional.empty();
            }
        }
    }
}
