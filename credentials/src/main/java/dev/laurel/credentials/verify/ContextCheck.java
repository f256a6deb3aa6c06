package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.jsonld.BundledContexts;
import dev.laurel.credentials.jsonld.JsonLdException;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @context} starts with the VC context, names only contexts Laurel bundles, and defines every term used (the
 * document is expanded to RDF, undefined terms failing).
 */
final class ContextCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.CONTEXT;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        JsonNode contexts = context.credential().get("@context");
        if (contexts == null) {
            return CheckResult.failed(id(), Reason.CONTEXT_MISSING, "the credential has no @context");
        }
        List<JsonNode> entries = new ArrayList<>();
        if (contexts.isArray()) {
            contexts.forEach(entries::add);
        } else {
            entries.add(contexts);
        }
        if (entries.isEmpty() || !entries.get(0).isTextual()) {
            return CheckResult.failed(id(), Reason.CONTEXT_NOT_VC, "the first @context must be " + Contexts.VC_V2);
        }
        String first = entries.get(0).asText();
        if (!first.equals(Contexts.VC_V2) && !first.equals(Contexts.VC_V1)) {
            return CheckResult.failed(
                    id(),
                    Reason.CONTEXT_NOT_VC,
                    "the first @context is " + first + ", expected " + Contexts.VC_V2 + " (or " + Contexts.VC_V1
                            + " for VC 1.1 credentials)");
        }
        List<String> unknown = new ArrayList<>();
        for (JsonNode entry : entries) {
            if (entry.isTextual() && !BundledContexts.isBundled(entry.asText())) {
                unknown.add(entry.asText());
            } else if (!entry.isTextual() && !entry.isObject()) {
                return CheckResult.failed(
                        id(), Reason.CONTEXT_MALFORMED, "an @context entry must be a URL or an object, found " + entry);
            }
        }
        if (!unknown.isEmpty()) {
            return CheckResult.failed(
                    id(),
                    Reason.CONTEXT_UNKNOWN,
                    "unknown JSON-LD context " + String.join(", ", unknown) + ": Laurel only "
                            + "uses the contexts it bundles and never fetches one from the network");
        }
        try {
            context.datasets().toRdf(context.unsecured());
        } catch (JsonLdException e) {
            return CheckResult.failed(id(), reason(e.kind()), e.getMessage());
        }
        List<String> outdated = entries.stream()
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .filter(Contexts.OB3_OUTDATED::contains)
                .toList();
        if (!outdated.isEmpty()) {
            return CheckResult.warning(
                    id(),
                    Reason.CONTEXT_OUTDATED,
                    "every context is known and every term is defined, but " + String.join(", ", outdated)
                            + " is an Open Badges 3.0 context older than 3.0.3: new credentials must use "
                            + Contexts.OB3_CURRENT);
        }
        return CheckResult.passed(id(), "every context is known and every term is defined");
    }

    private static Reason reason(JsonLdException.Kind kind) {
        return switch (kind) {
            case UNKNOWN_CONTEXT -> Reason.CONTEXT_UNKNOWN;
            case UNDEFINED_TERM -> Reason.CONTEXT_UNDEFINED_TERM;
            case PROTECTED_TERM -> Reason.CONTEXT_PROTECTED_TERM;
            case INVALID -> Reason.CONTEXT_INVALID;
        };
    }
}
