package dev.laurel.credentials.ob2;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Problems;
import dev.laurel.credentials.report.Reason;

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
        Problems problems = new Problems();
        Shape.ASSERTION.problems(context.assertion()).forEach(problem -> problems.add(Reason.SCHEMA_INVALID, problem));
        LinkedObjects linked = context.linked();
        add(problems, linked.badgeClass(), Shape.BADGE_CLASS);
        if (linked.badgeClass() instanceof Linked.Found) {
            add(problems, linked.issuer(), Shape.ISSUER);
        }
        if (!problems.isEmpty()) {
            return problems.failed(id());
        }
        return CheckResult.passed(id(), "the Assertion, BadgeClass and issuer Profile carry every required property");
    }

    private static void add(Problems problems, Linked linked, Shape shape) {
        switch (linked) {
            case Linked.Found found ->
                shape.problems(found.node()).forEach(problem -> problems.add(Reason.SCHEMA_INVALID, problem));
            case Linked.Missing missing -> problems.add(Reason.SCHEMA_LINKED_MISSING, missing.message());
        }
    }
}
