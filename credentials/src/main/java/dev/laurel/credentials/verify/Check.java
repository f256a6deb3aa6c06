package dev.laurel.credentials.verify;

/** One verification step with a stable id. Implementations never throw for bad input: they return a failed result. */
interface Check {

    CheckId id();

    CheckResult run(VerificationContext context);
}
