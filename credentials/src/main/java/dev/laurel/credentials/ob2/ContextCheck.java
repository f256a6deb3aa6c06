package dev.laurel.credentials.ob2;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import java.util.List;
import java.util.Set;

/**
 * {@code @context} names the Open Badges 2.0 context: another context fails, as the assertion then says its terms
 * mean something else. A missing context is a warning: Laurel reads Open Badges 2.0 as plain JSON.
 */
final class ContextCheck implements AssertionCheck {

    static final Set<String> V2 = Set.of(
            "https://w3id.org/openbadges/v2",
            "http://w3id.org/openbadges/v2",
            "https://openbadgespec.org/v2/context.json");

    @Override
    public CheckId id() {
        return CheckId.CONTEXT;
    }

    @Override
    public CheckResult run(AssertionContext context) {
        List<String> contexts = Nodes.strings(context.assertion().get("@context"));
        if (contexts.stream().anyMatch(V2::contains)) {
            return CheckResult.passed(id(), "the Open Badges 2.0 context");
        }
        if (contexts.isEmpty()) {
            return CheckResult.warning(
                    id(),
                    Reason.CONTEXT_MISSING,
                    "the assertion has no @context; expected \"https://w3id.org/openbadges/v2\"");
        }
        return CheckResult.failed(
                id(),
                Reason.CONTEXT_NOT_OB2,
                "the @context " + contexts + " does not name the Open Badges 2.0 context "
                        + "\"https://w3id.org/openbadges/v2\"");
    }
}
