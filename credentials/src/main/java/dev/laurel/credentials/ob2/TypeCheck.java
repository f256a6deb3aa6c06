package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;

/** {@code type} (a string or an array) includes {@code Assertion}. */
final class TypeCheck implements AssertionCheck {

    @Override
    public CheckId id() {
        return CheckId.TYPE;
    }

    @Override
    public CheckResult run(AssertionContext context) {
        if (context.revoked()) {
            return CheckResult.skipped(id(), "a revoked assertion need only carry its id and revoked");
        }
        JsonNode type = context.assertion().get("type");
        if (Nodes.hasType(context.assertion(), "Assertion")) {
            return CheckResult.passed(id(), "an Open Badges 2.0 Assertion");
        }
        if (type == null) {
            return CheckResult.failed(
                    id(),
                    Reason.TYPE_MISSING,
                    "the assertion has no type; Open Badges 2.0 requires \"type\": \"Assertion\" (an Open"
                            + " Badges 1.x assertion must be upgraded to 2.0 first)");
        }
        return CheckResult.failed(
                id(),
                Reason.TYPE_NOT_ASSERTION,
                "type must be or include \"Assertion\", found " + Nodes.describe(type)
                        + (type.isArray() ? " " + Nodes.strings(type) : ""));
    }
}
