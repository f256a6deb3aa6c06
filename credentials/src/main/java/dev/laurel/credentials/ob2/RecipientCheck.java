package dev.laurel.credentials.ob2;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;

/** The recipient is a well-formed IdentityObject: a type, an identity, and a well-formed hash when hashed. */
final class RecipientCheck implements AssertionCheck {

    @Override
    public CheckId id() {
        return CheckId.RECIPIENT;
    }

    @Override
    public CheckResult run(AssertionContext context) {
        if (context.revoked()) {
            return CheckResult.skipped(id(), "a revoked assertion need only carry its id and revoked");
        }
        return switch (RecipientIdentity.read(context.assertion().get("recipient"))) {
            case RecipientIdentity.Reading.Malformed malformed ->
                CheckResult.failed(id(), Reason.RECIPIENT_MALFORMED, malformed.message());
            case RecipientIdentity.Reading.Read read
            when !read.warnings().isEmpty() ->
                CheckResult.warning(id(), Reason.RECIPIENT_QUESTIONABLE, String.join("; ", read.warnings()));
            case RecipientIdentity.Reading.Read read ->
                CheckResult.passed(id(), "awarded to " + describe(read.identity()));
        };
    }

    private static String describe(RecipientIdentity identity) {
        return identity.hashed()
                ? "a hashed " + identity.type() + (identity.salt().isPresent() ? " (salted)" : " (unsalted)")
                : identity.type() + " " + identity.identity();
    }
}
