package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.platform.Problem;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure a credential must have to be issued (VC Data Model 2.0 §4): the VC 2.0 context first, the type
 * {@code VerifiableCredential}, no {@code "issuer": null}, subjects that each make a claim, a {@code type} on each
 * {@code termsOfUse}, {@code evidence}, {@code refreshService} and {@code credentialSchema} object (§4.5 and the
 * sections of each) and an {@code id} on each {@code credentialSchema} (§4.11), at most one URL as the {@code id} of each of the
 * client's own {@code credentialStatus} entries (§4.10; the instance adds its own after them), no proof, and a
 * validity period that does not end before it starts (§4.9). The first broken rule is refused as {@code MALFORMED_VALUE_ERROR}, naming the property.
 */
final class CredentialShape {

    static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";
    static final String VC_20_ONLY = "Laurel issues VC Data Model 2.0 credentials only: use " + VC_V2
            + " as the first @context and validFrom/validUntil instead of issuanceDate/expirationDate";

    /** The properties whose objects must each have a {@code type} (VC Data Model 2.0 §4.5). */
    private static final List<String> TYPED =
            List.of("termsOfUse", "evidence", "refreshService", "credentialSchema", "credentialStatus");

    private CredentialShape() {}

    static void check(ObjectNode credential) {
        context(credential);
        if (!strings(credential.get("type")).contains("VerifiableCredential")) {
            throw malformed("credential.type must include VerifiableCredential");
        }
        JsonNode issuer = credential.get("issuer");
        if (issuer != null && issuer.isNull()) {
            throw malformed("credential.issuer is null: leave issuer out and the instance sets it, or give this "
                    + "instance's DID");
        }
        subjects(credential.get("credentialSubject"));
        if (credential.has("proof")) {
            throw malformed("the credential already has a proof: this instance signs credentials without proofs "
                    + "(it makes no proof sets or chains)");
        }
        TYPED.forEach(property -> typed(credential, property));
        statusIds(credential.get("credentialStatus"));
        validity(credential);
    }

    private static void context(ObjectNode credential) {
        List<String> contexts = strings(credential.get("@context"));
        if (!contexts.isEmpty() && contexts.get(0).equals(VC_V1)) {
            throw malformed("credential.@context begins with " + VC_V1 + " (VC Data Model 1.1): " + VC_20_ONLY);
        }
        for (String property : List.of("issuanceDate", "expirationDate")) {
            if (credential.has(property)) {
                throw malformed("credential." + property + " is VC Data Model 1.1: " + VC_20_ONLY);
            }
        }
        if (contexts.isEmpty() || !contexts.get(0).equals(VC_V2)) {
            throw malformed("credential.@context must begin with " + VC_V2 + ": this instance issues Verifiable "
                    + "Credentials 2.0");
        }
    }

    /** An object or a non-empty array of objects, each the subject of at least one claim (§4.8). */
    private static void subjects(JsonNode subject) {
        boolean shaped = subject != null
                && (subject.isObject() || subject.isArray() && !subject.isEmpty() && allObjects(subject));
        if (!shaped) {
            throw malformed("credential.credentialSubject must be an object or a non-empty array of objects");
        }
        for (int i = 0; i < (subject.isArray() ? subject.size() : 1); i++) {
            JsonNode one = subject.isArray() ? subject.get(i) : subject;
            if (one.isEmpty()) {
                String at =
                        subject.isArray() ? "credential.credentialSubject[" + i + "]" : "credential.credentialSubject";
                throw malformed(
                        at + " has no claims: a subject states at least one property (VC Data Model 2.0 " + "§4.8)");
            }
        }
    }

    /**
     * Each object of {@code property} has a {@code type}: a string or an array of strings; each {@code credentialSchema}
     * also an {@code id}.
     */
    /** A status entry of the client's may have an id: one URL (§4.10); the instance's own entries follow it. */
    private static void statusIds(JsonNode status) {
        if (status == null) {
            return;
        }
        for (int i = 0; i < (status.isArray() ? status.size() : 1); i++) {
            JsonNode id = (status.isArray() ? status.get(i) : status).get("id");
            if (id != null && !id.isTextual()) {
                throw malformed("credential.credentialStatus" + (status.isArray() ? "[" + i + "]" : "")
                        + ".id must be one URL (VC Data Model 2.0 §4.10)");
            }
        }
    }

    private static void typed(ObjectNode credential, String property) {
        JsonNode value = credential.get(property);
        if (value == null) {
            return;
        }
        String at = "credential." + property;
        if (!value.isObject() && !(value.isArray() && allObjects(value))) {
            throw malformed(at + " must be an object or an array of objects, each with a type");
        }
        for (int i = 0; i < (value.isArray() ? value.size() : 1); i++) {
            String item = at + (value.isArray() ? "[" + i + "]" : "");
            JsonNode type = (value.isArray() ? value.get(i) : value).get("type");
            boolean named = type != null && (type.isTextual() || type.isArray() && !type.isEmpty()) && allNames(type);
            if (!named) {
                throw malformed(item + " must have a type (VC Data Model 2.0 §4.5), e.g. \"type\": \""
                        + example(property) + "\"");
            }
        }
        for (int i = 0; property.equals("credentialSchema") && i < (value.isArray() ? value.size() : 1); i++) {
            if (!(value.isArray() ? value.get(i) : value).path("id").isTextual()) {
                throw malformed(at + (value.isArray() ? "[" + i + "]" : "")
                        + " must have an id: the URL of the schema (VC Data Model 2.0 §4.11)");
            }
        }
    }

    /** {@code validFrom} and {@code validUntil} are date-times with a time zone, the second not earlier (§4.9). */
    private static void validity(ObjectNode credential) {
        OffsetDateTime from = dateTime(credential, "validFrom");
        OffsetDateTime until = dateTime(credential, "validUntil");
        if (from != null && until != null && until.isBefore(from)) {
            throw malformed(
                    "credential.validUntil " + credential.get("validUntil").asText()
                            + " is earlier than credential.validFrom "
                            + credential.get("validFrom").asText()
                            + ": a validity period cannot end before it starts (VC Data Model 2.0 §4.9)");
        }
    }

    private static OffsetDateTime dateTime(ObjectNode credential, String property) {
        JsonNode value = credential.get(property);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.isTextual() ? value.asText() : value.toString());
        } catch (DateTimeParseException e) {
            throw malformed("credential." + property + " must be a date-time with a time zone, e.g. "
                    + "2026-01-01T00:00:00Z, not " + value);
        }
    }

    private static String example(String property) {
        return switch (property) {
            case "evidence" -> "Evidence";
            case "credentialSchema" -> "JsonSchema";
            case "refreshService" -> "VerifiableCredentialRefreshService2021";
            default -> "TrustFrameworkPolicy";
        };
    }

    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (node.isTextual()) {
            values.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(element -> values.add(element.isTextual() ? element.asText() : element.toString()));
        }
        return values;
    }

    private static boolean allObjects(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isObject()) {
                return false;
            }
        }
        return true;
    }

    /** A non-blank string, or an array of them. */
    private static boolean allNames(JsonNode type) {
        for (JsonNode name : type.isArray() ? type : List.of(type)) {
            if (!name.isTextual() || name.asText().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Problem malformed(String detail) {
        return VcApiProblem.MALFORMED_VALUE.problem(detail);
    }
}
