package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;

/** The credential subject is identified by an {@code id} and/or an {@code identifier} (Open Badges 3.0 §9.1 step 1). */
final class SubjectCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.SUBJECT;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        boolean badge = context.types().stream()
                .anyMatch(type -> Contexts.ACHIEVEMENT_TYPES.contains(type) || type.equals(Contexts.CLR));
        JsonNode subject = context.credential().get("credentialSubject");
        if (subject == null) {
            return CheckResult.failed(id(), Reason.SUBJECT_MISSING, "the credential has no credentialSubject");
        }
        if (!badge) {
            return CheckResult.skipped(id(), "subject identification is an Open Badges and CLR requirement");
        }
        JsonNode first = subject.isArray() && !subject.isEmpty() ? subject.get(0) : subject;
        if (!first.isObject()) {
            return CheckResult.failed(id(), Reason.SUBJECT_MALFORMED, "credentialSubject must be an object");
        }
        boolean hasId =
                first.path("id").isTextual() && !first.get("id").asText().isBlank();
        JsonNode identifier = first.get("identifier");
        boolean hasIdentifier =
                identifier != null && (identifier.isObject() || identifier.isArray() && !identifier.isEmpty());
        if (hasId && hasIdentifier) {
            return CheckResult.passed(
                    id(), "the subject is identified by id " + first.get("id").asText() + " and by " + "identifier");
        }
        if (hasId) {
            return CheckResult.passed(
                    id(), "the subject is identified by id " + first.get("id").asText());
        }
        if (hasIdentifier) {
            return CheckResult.passed(id(), "the subject is identified by identifier");
        }
        return CheckResult.failed(
                id(), Reason.SUBJECT_UNIDENTIFIED, "the credential subject has neither an id nor an identifier");
    }
}
