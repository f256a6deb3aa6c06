package dev.laurel.credentials.verify;

import dev.laurel.credentials.proof.DataIntegrityVerifier;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.proof.JwtVerifier;
import dev.laurel.credentials.proof.ProofOutcome;
import dev.laurel.credentials.proof.ProofResult;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * The VC-JWT signature or the embedded Data Integrity proofs hold, under keys that could be resolved: one report line
 * per proof of a proof set or chain. A set needs every examined proof to verify; the examination stops once a proof by
 * the issuer verified (the rest are not checked) and at the verifier's proof set limits. A proof of a suite Laurel does
 * not verify, beside one that verified, is a warning.
 */
final class ProofCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.PROOF;
    }

    /** The most decisive line: a failure, else a warning, else the first. */
    @Override
    public CheckResult run(VerificationContext context) {
        List<CheckResult> lines = lines(context);
        return lines.stream()
                .filter(line -> line instanceof CheckResult.Failed)
                .findFirst()
                .or(() -> lines.stream()
                        .filter(line -> line instanceof CheckResult.Warning)
                        .findFirst())
                .orElse(lines.get(0));
    }

    @Override
    public List<CheckResult> lines(VerificationContext context) {
        var resolver = context.verifier().resolver();
        if (context.jwt().isPresent()) {
            DecodedJwt jwt = context.jwt().get();
            return List.of(
                    switch (new JwtVerifier(resolver).verify(jwt)) {
                        case ProofResult.Valid valid -> {
                            context.proofVerifiedBy(valid.method());
                            yield CheckResult.passed(id(), valid.description());
                        }
                        case ProofResult.Invalid invalid ->
                            CheckResult.failed(id(), Reason.PROOF_INVALID, invalid.message());
                    });
        }
        if (!context.credential().has("proof")) {
            return List.of(CheckResult.failed(
                    id(),
                    Reason.PROOF_MISSING,
                    "the credential has no proof: it is neither a VC-JWT nor carries an embedded proof"));
        }
        List<ProofOutcome> outcomes = new DataIntegrityVerifier(
                        resolver, context.datasets(), context.verifier().proofSetLimits())
                .verifyEach(
                        context.credential(),
                        "assertionMethod",
                        context.now(),
                        context.issuerId().orElse(null));
        outcomes.forEach(outcome -> {
            if (outcome instanceof ProofOutcome.Verified verified) {
                context.proofVerifiedBy(verified.method());
            }
        });
        boolean anyVerified = !context.proofMethods().isEmpty();
        boolean issuerVerified = issuerVerified(context);
        List<CheckResult> lines = new ArrayList<>();
        for (ProofOutcome outcome : outcomes) {
            String message = outcome.label().isEmpty() ? outcome.message() : outcome.label() + ": " + outcome.message();
            lines.add(
                    switch (outcome) {
                        case ProofOutcome.Verified verified -> CheckResult.passed(id(), message);
                        case ProofOutcome.Failed failed -> CheckResult.failed(id(), Reason.PROOF_INVALID, message);
                        case ProofOutcome.Unsupported unsupported ->
                            anyVerified
                                    ? CheckResult.warning(id(), Reason.PROOF_UNSUPPORTED, message)
                                    : CheckResult.failed(id(), Reason.PROOF_INVALID, message);
                        case ProofOutcome.NotChecked notChecked ->
                            notChecked.limitReached() && !issuerVerified
                                    ? CheckResult.failed(id(), Reason.PROOF_LIMIT_REACHED, message)
                                    : CheckResult.skipped(id(), message);
                    });
        }
        return lines;
    }

    private static boolean issuerVerified(VerificationContext context) {
        String issuer = context.issuerId().orElse(null);
        return issuer != null && context.proofMethods().stream().anyMatch(method -> issuer.equals(method.controller()));
    }
}
