package dev.laurel.credentials.verify;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;

/** One verification step with a stable id. Implementations never throw for bad input: they return a failed result. */
interface Check {

    CheckId id();

    CheckResult run(VerificationContext context);
}
