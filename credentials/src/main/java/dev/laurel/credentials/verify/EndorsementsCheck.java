package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Embedded EndorsementCredentials (on the credential, its issuer, its achievement…) verify (Open Badges 3.0 §9.1 step
 * 6). An endorsement that does not verify is a warning, not a failure: the credential itself still holds.
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
        if (endorsements.isEmpty()) {
            return CheckResult.skipped(id(), "the credential carries no endorsements");
        }
        List<String> failures = new ArrayList<>();
        for (ObjectNode endorsement : endorsements) {
            VerificationReport report = context.verifier().verifyEmbedded(endorsement, context.depth() + 1);
            if (!report.verified()) {
                CheckResult first = report.failures().get(0);
                failures.add(endorsement.path("id").asText("an endorsement") + " (" + first.id() + ": "
                        + first.message() + ")");
            }
        }
        if (failures.isEmpty()) {
            return CheckResult.passed(id(), endorsements.size() + " endorsement(s) verified");
        }
        return CheckResult.warning(
                id(),
                Reason.ENDORSEMENTS_INVALID,
                failures.size() + " of " + endorsements.size() + " endorsement(s) do not " + "verify: "
                        + String.join("; ", failures));
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
