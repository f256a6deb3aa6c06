package dev.laurel.credentials.ob2;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Data validation (Open Badges 2.0 §Data Validation): the Assertion, its BadgeClass and its issuer Profile are
 * available and carry every required property with a value of the expected kind.
 */
final class StructureCheck implements AssertionCheck {

    @Override
    public CheckId id() {
        return CheckId.SCHEMA;
    }

    @Override
    public CheckResult run(AssertionContext context) {
        if (context.revoked()) {
            return CheckResult.skipped(id(), "a revoked assertion need only carry its id and revoked");
        }
        List<String> problems = new ArrayList<>(Shape.ASSERTION.problems(context.assertion()));
        LinkedObjects linked = context.linked();
        problems.addAll(problems(linked.badgeClass(), Shape.BADGE_CLASS));
        if (linked.badgeClass() instanceof Linked.Found) {
            problems.addAll(problems(linked.issuer(), Shape.ISSUER));
        }
        if (!problems.isEmpty()) {
            return CheckResult.failed(id(), String.join("; ", problems));
        }
        return CheckResult.passed(id(), "the Assertion, BadgeClass and issuer Profile carry every required property");
    }

    private static List<String> problems(Linked linked, Shape shape) {
        return switch (linked) {
            case Linked.Found found -> shape.problems(found.node());
            case Linked.Missing missing -> List.of(missing.message());
        };
    }
}
