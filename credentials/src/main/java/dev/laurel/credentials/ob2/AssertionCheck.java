package dev.laurel.credentials.ob2;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;

/** One Open Badges 2.0 verification step with a stable id. Never throws for bad input: it returns a failed result. */
interface AssertionCheck {

    CheckId id();

    CheckResult run(AssertionContext context);
}
