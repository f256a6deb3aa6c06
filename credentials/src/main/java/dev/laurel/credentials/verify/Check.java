package dev.laurel.credentials.verify;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import java.util.List;

/** One verification step with a stable id. Implementations never throw for bad input: they return a failed result. */
interface Check {

    CheckId id();

    CheckResult run(VerificationContext context);

    /** The report lines of this check: its one result, or one per item for a check that examines several (proofs). */
    default List<CheckResult> lines(VerificationContext context) {
        return List.of(run(context));
    }
}
