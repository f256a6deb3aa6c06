package dev.laurel.server.verification;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.report.VerificationReport;
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
        JsonNode identity = subject.path("identifier").isArray()
                ? subject.path("identifier").path(0)
                : credential.path("recipient");
        boolean hashed = identity.path("hashed").asBoolean(false);
        String plain = hashed ? null : first(text(identity.path("identityHash")), text(identity.path("identity")));
        String recipient = first(text(subject.path("name")), plain, text(subject.path("id")));
        boolean onlyHashed = recipient == null && hashed;
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
