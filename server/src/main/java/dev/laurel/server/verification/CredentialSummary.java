package dev.laurel.server.verification;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.report.VerificationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a person wants to see of a credential next to its report: its name, who issued it, who it was issued to and
 * when. Read from the credential as given (Open Badges 3.0 / VC, or an Open Badges 2.0 assertion); each part is null
 * when the credential does not say. An Open Badges 2.0 assertion's BadgeClass and issuer Profile, when it names them by
 * URL, are read from the documents the verification resolved. Nothing here is trusted unless the report is verified.
 *
 * @param recipientHashed true when the credential names its recipient only by a salted hash
 */
record CredentialSummary(
        String name, String issuerName, String issuerId, String recipient, boolean recipientHashed, String issued) {

    private static final int MAX_LENGTH = 300;

    /** The summary of the credential the report examined, or null when it could not be read. */
    static CredentialSummary of(VerificationReport report) {
        return report.credential()
                .map(credential -> of(credential, report::resolve))
                .orElse(null);
    }

    /** The summary of {@code credential}, a BadgeClass or issuer Profile given by URL read through {@code resolve}. */
    static CredentialSummary of(JsonNode credential, UnaryOperator<JsonNode> resolve) {
        JsonNode subject = credential.path("credentialSubject");
        JsonNode badge = resolve.apply(credential.path("badge"));
        JsonNode issuer = credential.has("issuer") ? credential.get("issuer") : badge.path("issuer");
        String name = first(
                text(credential.path("name")),
                text(subject.path("achievement").path("name")),
                text(badge.path("name")));
        String issuerId = issuer.isTextual() ? text(issuer) : text(issuer.path("id"));
        String issuerName = text(resolve.apply(issuer).path("name"));
        List<JsonNode> identities =
                identities(subject.has("identifier") ? subject.path("identifier") : credential.path("recipient"));
        String recipient = first(
                text(subject.path("name")),
                plain(identities, "name"),
                plain(identities, null),
                text(subject.path("id")));
        boolean onlyHashed = recipient == null
                && identities.stream()
                        .anyMatch(identity -> identity.path("hashed").asBoolean(false));
        String issued = first(
                text(credential.path("validFrom")),
                text(credential.path("issuanceDate")),
                text(credential.path("issuedOn")));
        return new CredentialSummary(name, issuerName, issuerId, recipient, onlyHashed, issued);
    }

    /** True when there is anything to show (public for the template). */
    public boolean present() {
        return name != null || issuerName != null || issuerId != null || recipient != null || recipientHashed;
    }

    /** The identity objects given: OB 3.0's {@code identifier}, one or an array; OB 2.0's {@code recipient}. */
    private static List<JsonNode> identities(JsonNode given) {
        List<JsonNode> identities = new ArrayList<>();
        if (given.isArray()) {
            given.forEach(identities::add);
        } else if (given.isObject()) {
            identities.add(given);
        }
        return identities;
    }

    /**
     * The first identity given in the clear, of {@code type} ({@code identityType}, OB 2.0's {@code type}) or of any
     * type when null: what the credential says its recipient is, as the public credential page shows it.
     */
    private static String plain(List<JsonNode> identities, String type) {
        for (JsonNode identity : identities) {
            String identityType = first(text(identity.path("identityType")), text(identity.path("type")));
            if (!identity.path("hashed").asBoolean(false) && (type == null || type.equals(identityType))) {
                String value = first(text(identity.path("identityHash")), text(identity.path("identity")));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            return null;
        }
        String text = node.asText().strip();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
