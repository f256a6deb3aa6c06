package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import java.util.Optional;

/**
 * The assertion is not revoked: its hosted URL does not answer {@code 410 Gone}, it does not say {@code "revoked":
 * true}, and the issuer's revocation list, when the issuer publishes one, does not list its {@code id} (or, for Open
 * Badges 1.x, its {@code uid}) — as a string or as an object, unless that object says {@code "revoked": false}. A list
 * that cannot be fetched or read fails the check: a status that cannot be known is not assumed good.
 */
final class RevocationCheck implements AssertionCheck {

    @Override
    public CheckId id() {
        return CheckId.STATUS;
    }

    @Override
    public CheckResult run(AssertionContext context) {
        if (context.securing() instanceof Securing.Hosted hosted
                && hosted.copy() instanceof Retrieval.NotRetrieved missing
                && missing.gone()) {
            return CheckResult.failed(id(), Reason.STATUS_REVOKED, "revoked: " + hosted.url() + " answered 410 Gone");
        }
        ObjectNode assertion = context.assertion();
        if (context.revoked()) {
            return CheckResult.failed(id(), Reason.STATUS_REVOKED, "revoked by the issuer" + reason(assertion));
        }
        Optional<Linked> list = context.linked().revocationList();
        if (list.isEmpty()) {
            return CheckResult.passed(id(), "not revoked (the issuer publishes no revocation list)");
        }
        return switch (list.get()) {
            case Linked.Missing missing -> CheckResult.failed(id(), Reason.STATUS_UNREACHABLE, missing.message());
            case Linked.Found found -> lookUp(found.node(), assertion);
        };
    }

    private CheckResult lookUp(ObjectNode list, ObjectNode assertion) {
        JsonNode entries = list.get("revokedAssertions");
        String listId = Nodes.idOf(list.get("id")).orElse("the issuer's revocation list");
        if (entries == null || !entries.isArray()) {
            return CheckResult.failed(
                    id(),
                    Reason.STATUS_LIST_MALFORMED,
                    "the revocation list " + listId + " has no revokedAssertions array, found "
                            + Nodes.describe(entries));
        }
        Optional<String> id = Nodes.idOf(assertion.get("id"));
        Optional<String> uid = Nodes.text(assertion.get("uid"));
        for (JsonNode entry : entries) {
            if (entry.isTextual() && id.filter(entry.asText()::equals).isPresent()) {
                return CheckResult.failed(
                        id(), Reason.STATUS_REVOKED, "revoked: listed in " + listId + " (no reason given)");
            }
            boolean names = entry.isObject()
                    && (id.isPresent() && id.equals(Nodes.text(entry.get("id")))
                            || uid.isPresent() && uid.equals(Nodes.text(entry.get("uid"))));
            if (names && !entry.path("revoked").asText().equals("false")) {
                return CheckResult.failed(id(), Reason.STATUS_REVOKED, "revoked: listed in " + listId + reason(entry));
            }
        }
        return CheckResult.passed(id(), "not revoked (not listed in " + listId + ")");
    }

    private static String reason(JsonNode node) {
        return Nodes.text(node.get("revocationReason"))
                .map(reason -> ": " + reason)
                .orElse(" (no reason given)");
    }
}
