package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
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
 * date-time in UTC; {@code uid} is kept (the 2.0 context defines it, and a 1.x revocation list names assertions by
 * it), and a signed 1.0 assertion without an id takes {@code uid:} and its uid, as the validator names it. A linked
 * BadgeClass or issuer without an id takes the URL it was fetched from. A signed assertion's key, a PEM document at
 * its {@code verify.url}, is read as a CryptographicKey; an issuer's 1.x revocation list, an object from each revoked
 * assertion's uid to the reason, as a RevocationList. The input is never changed: each upgrade returns a copy.
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
        if (v2.has("verify") && !v2.has("verification")) {
            v2.set("verification", v2.remove("verify"));
        }
        if (v2.get("verification") instanceof ObjectNode verification) {
            verification(v2, verification);
        }
        boolean signed = v2.path("verification").path("type").asText().equals("SignedBadge");
        if (signed
                && Nodes.text(v2.get("id")).isEmpty()
                && Nodes.text(v2.get("uid")).isPresent()) {
            v2.put("id", "uid:" + v2.get("uid").asText());
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

    /**
     * The public key served as PEM at {@code url}, the {@code verify.url} of a signed 1.x assertion, as an Open Badges
     * 2.0 CryptographicKey (without an owner: 1.x keys name none).
     */
    static ObjectNode publicKey(String url, String pem) {
        return Json.MAPPER
                .createObjectNode()
                .put("@context", V2_CONTEXT)
                .put("type", "CryptographicKey")
                .put("id", url)
                .put("publicKeyPem", pem.strip());
    }

    /**
     * Whether {@code list} is a 1.x revocation list: untyped, without {@code revokedAssertions}, each value a reason.
     */
    static boolean isRevocationList(ObjectNode list) {
        if (list.has("type") || list.has("revokedAssertions") || list.has("@context")) {
            return false;
        }
        for (JsonNode reason : list) {
            if (!reason.isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** A 1.x revocation list fetched from {@code url} as a 2.0 RevocationList naming each revoked uid and reason. */
    static ObjectNode revocationList(ObjectNode v1, String url) {
        ObjectNode v2 = Json.MAPPER
                .createObjectNode()
                .put("@context", V2_CONTEXT)
                .put("type", "RevocationList")
                .put("id", url);
        ArrayNode revoked = v2.putArray("revokedAssertions");
        v1.properties().forEach(entry -> revoked.addObject()
                .put("uid", entry.getKey())
                .put("revocationReason", entry.getValue().asText()));
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
    static void date(ObjectNode node, String name) {
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
