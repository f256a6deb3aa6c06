package dev.laurel.credentials.verify;

import dev.laurel.credentials.did.IssuerKeys;
import dev.laurel.credentials.did.VerificationMethod;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import java.util.List;
import java.util.Optional;

/**
 * The issuer controls the key that made the proof — of a proof set, at least one verified proof: the issuer's id
 * equals the verification method's controller. A
 * key embedded in a JWT header is the issuer's when the issuer publishes it ({@link IssuerKeys}).
 */
final class IssuerCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.ISSUER;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        Optional<String> issuer = context.issuerId();
        if (issuer.isEmpty()) {
            return CheckResult.failed(id(), Reason.ISSUER_MISSING, "the credential has no issuer id");
        }
        List<VerificationMethod> methods = context.proofMethods();
        if (methods.isEmpty()) {
            return CheckResult.skipped(id(), "no valid proof, so no key to bind to the issuer " + issuer.get());
        }
        VerificationMethod key = methods.get(0);
        if (key.id().equals("jwk")) {
            return embeddedKey(issuer.get(), key, context);
        }
        for (VerificationMethod method : methods) {
            if (issuer.get().equals(method.controller())) {
                return CheckResult.passed(
                        id(), "the issuer " + issuer.get() + " controls the signing key " + method.id());
            }
        }
        if (methods.size() > 1) {
            return CheckResult.failed(
                    id(),
                    Reason.ISSUER_NOT_CONTROLLER,
                    "none of the verified proofs was made with a key of the issuer " + issuer.get()
                            + " (their keys are " + "controlled by "
                            + String.join(
                                    ", ",
                                    methods.stream()
                                            .map(VerificationMethod::controller)
                                            .distinct()
                                            .toList())
                            + ")");
        }
        return CheckResult.failed(
                id(),
                Reason.ISSUER_NOT_CONTROLLER,
                "the signing key " + key.id() + " is controlled by " + key.controller() + ", not by the issuer "
                        + issuer.get());
    }

    /**
     * A JWT that carries its key in its header ({@code jwk}, no {@code kid}), as Open Badges 3.0 allows: the key is
     * the issuer's when the issuer publishes it (its DID document or JWK Set).
     */
    private CheckResult embeddedKey(String issuer, VerificationMethod key, VerificationContext context) {
        return switch (new IssuerKeys(context.verifier().fetcher()).find(issuer, key.publicKey())) {
            case IssuerKeys.Published published ->
                CheckResult.passed(
                        id(),
                        "the key in the JWT header (jwk) is published by the issuer " + issuer + " in "
                                + published.where());
            case IssuerKeys.NotPublished notPublished ->
                CheckResult.failed(
                        id(),
                        Reason.ISSUER_EMBEDDED_KEY,
                        "the JWT carries its own key (jwk header, no kid) and the issuer " + issuer
                                + "'s published keys do not contain it: " + notPublished.message());
        };
    }
}
