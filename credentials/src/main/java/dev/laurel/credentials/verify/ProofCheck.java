package dev.laurel.credentials.verify;

import dev.laurel.credentials.proof.DataIntegrityVerifier;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.proof.JwtVerifier;
import dev.laurel.credentials.proof.ProofResult;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;

/** The VC-JWT signature or the embedded Data Integrity proof holds, under a key that could be resolved. */
final class ProofCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.PROOF;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        ProofResult result;
        var resolver = context.verifier().resolver();
        if (context.jwt().isPresent()) {
            DecodedJwt jwt = context.jwt().get();
            result = new JwtVerifier(resolver).verify(jwt);
        } else if (context.credential().has("proof")) {
            result = new DataIntegrityVerifier(resolver, context.datasets())
                    .verify(context.credential(), "assertionMethod", context.now());
        } else {
            return CheckResult.failed(
                    id(),
                    Reason.PROOF_MISSING,
                    "the credential has no proof: it is neither a VC-JWT nor carries an " + "embedded proof");
        }
        return switch (result) {
            case ProofResult.Valid valid -> {
                context.proofVerifiedBy(valid.method());
                yield CheckResult.passed(id(), valid.description());
            }
            case ProofResult.Invalid invalid -> CheckResult.failed(id(), Reason.PROOF_INVALID, invalid.message());
        };
    }
}
