package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.EndorsementOutcome;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The credential's EndorsementCredentials verify (Open Badges 3.0 §9.1 step 6): those embedded in it (on the
 * credential, its issuer, its achievement…) and those that came beside it in an endorsed-credential bundle, which must
 * endorse this very credential ({@code credentialSubject.id}). Each is reported by endorser and date as verified,
 * withdrawn (its status bit set by its endorser) or failed ({@link EndorsementOutcome}). A withdrawn or failed
 * endorsement is a warning, not a failure: the credential itself still holds.
 */
final class EndorsementsCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.ENDORSEMENTS;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        if (context.depth() > 0) {
            return CheckResult.skipped(id(), "endorsements of endorsements are not verified");
        }
        List<ObjectNode> endorsements = new ArrayList<>();
        collect(context.credential(), endorsements, true);
        int embedded = endorsements.size();
        endorsements.addAll(context.bundled());
        if (endorsements.isEmpty()) {
            return CheckResult.skipped(id(), "the credential carries no endorsements");
        }
        String credentialId = context.credential().path("id").asText(null);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < endorsements.size(); i++) {
            ObjectNode endorsement = endorsements.get(i);
            EndorsementOutcome outcome = i < embedded
                    ? outcome(endorsement, context.verifier().verifyEmbedded(endorsement, context.depth() + 1))
                    : bundled(endorsement, credentialId, context);
            context.endorsementFound(outcome);
            lines.add(outcome.describe());
        }
        String summary = endorsements.size() + " endorsement(s): " + String.join("; ", lines);
        List<Reason> reasons = warningReasons(context);
        if (reasons.isEmpty()) {
            return CheckResult.passed(id(), summary);
        }
        long failed = context.endorsements().stream()
                .filter(o -> o.status() == EndorsementOutcome.Status.FAILED)
                .count();
        String prefix = failed > 0 ? failed + " of " + endorsements.size() + " endorsement(s) do not verify. " : "";
        return CheckResult.warning(id(), reasons, prefix + summary);
    }

    private static List<Reason> warningReasons(VerificationContext context) {
        List<Reason> reasons = new ArrayList<>();
        for (EndorsementOutcome outcome : context.endorsements()) {
            switch (outcome.status()) {
                case VERIFIED -> {}
                case WITHDRAWN -> reasons.add(Reason.ENDORSEMENTS_WITHDRAWN);
                case FAILED -> reasons.add(Reason.ENDORSEMENTS_INVALID);
            }
        }
        return reasons;
    }

    private static EndorsementOutcome bundled(
            ObjectNode endorsement, String credentialId, VerificationContext context) {
        String subject = endorsement.path("credentialSubject").path("id").asText(null);
        if (!VerificationContext.strings(endorsement.get("type")).contains(Contexts.ENDORSEMENT)) {
            return failed(endorsement, "not an EndorsementCredential");
        }
        if (credentialId == null || !credentialId.equals(subject)) {
            return failed(endorsement, "it endorses " + subject + ", not this credential");
        }
        return outcome(endorsement, context.verifier().verifyEmbedded(endorsement, context.depth() + 1));
    }

    private static EndorsementOutcome outcome(ObjectNode endorsement, VerificationReport report) {
        if (report.verified()) {
            return new EndorsementOutcome(
                    id(endorsement),
                    endorser(endorsement),
                    date(endorsement),
                    EndorsementOutcome.Status.VERIFIED,
                    null);
        }
        List<CheckResult> failures = report.failures();
        boolean withdrawn = failures.stream()
                .allMatch(f -> f.id() == CheckId.STATUS && f.reasons().contains(Reason.STATUS_REVOKED));
        if (withdrawn) {
            return new EndorsementOutcome(
                    id(endorsement),
                    endorser(endorsement),
                    date(endorsement),
                    EndorsementOutcome.Status.WITHDRAWN,
                    "withdrawn by its endorser");
        }
        CheckResult first = failures.get(0);
        return failed(endorsement, first.id().id() + ": " + first.message());
    }

    private static EndorsementOutcome failed(ObjectNode endorsement, String why) {
        return new EndorsementOutcome(
                id(endorsement), endorser(endorsement), date(endorsement), EndorsementOutcome.Status.FAILED, why);
    }

    private static String id(ObjectNode endorsement) {
        return endorsement.path("id").asText(null);
    }

    private static String endorser(ObjectNode endorsement) {
        JsonNode issuer = endorsement.path("issuer");
        String name = issuer.path("name").asText("");
        if (!name.isBlank()) {
            return name;
        }
        String id = issuer.isTextual() ? issuer.asText() : issuer.path("id").asText("");
        return id.isBlank() ? "an unnamed endorser" : id;
    }

    private static String date(ObjectNode endorsement) {
        JsonNode date = endorsement.has("validFrom") ? endorsement.get("validFrom") : endorsement.get("issuanceDate");
        return date != null && date.isTextual() ? date.asText() : null;
    }

    private static void collect(JsonNode node, List<ObjectNode> found, boolean root) {
        if (node instanceof ObjectNode object) {
            if (!root && VerificationContext.strings(object.get("type")).contains(Contexts.ENDORSEMENT)) {
                found.add(object);
                return;
            }
            for (var entry : object.properties()) {
                if (!entry.getKey().equals("proof")) {
                    collect(entry.getValue(), found, false);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, found, false));
        }
    }
}
