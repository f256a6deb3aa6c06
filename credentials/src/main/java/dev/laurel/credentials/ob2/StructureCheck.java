package dev.laurel.credentials.ob2;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Problems;
import dev.laurel.credentials.report.Reason;

/**
 * Data validation (Open Badges 2.0 §Data Validation): the Assertion, its BadgeClass and its issuer Profile are
 * available and carry every required property with a value of the expected kind. A BadgeClass or issuer Profile whose
 * {@code id} is not the URL it was fetched from is a warning.
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
        Problems warnings = new Problems();
        if (context.assertion().path("badge").isTextual() && linked.badgeClass() instanceof Linked.Found badge) {
            idMismatch(
                    warnings, "the BadgeClass", context.assertion().get("badge").asText(), badge);
        }
        if (linked.issuer() instanceof Linked.Found issuer) {
            linked.issuerId().ifPresent(url -> idMismatch(warnings, "the issuer Profile", url, issuer));
        }
        if (!warnings.isEmpty()) {
            return warnings.warning(id());
        }
        return CheckResult.passed(id(), "the Assertion, BadgeClass and issuer Profile carry every required property");
    }

    /** A fetched object whose id is not the URL it was fetched from: the issuer's to fix, not a forgery sign. */
    private static void idMismatch(Problems warnings, String what, String url, Linked.Found found) {
        Nodes.idOf(found.node().get("id"))
                .filter(id -> !id.equals(url))
                .ifPresent(id -> warnings.add(
                        Reason.SCHEMA_LINKED_ID_MISMATCH,
                        what + " fetched from " + url + " names itself " + id + ", not the URL it was fetched from"));
    }

    private static void add(Problems problems, Linked linked, Shape shape) {
        switch (linked) {
            case Linked.Found found ->
                shape.problems(found.node()).forEach(problem -> problems.add(Reason.SCHEMA_INVALID, problem));
            case Linked.Missing missing -> problems.add(Reason.SCHEMA_LINKED_MISSING, missing.message());
        }
    }
}
