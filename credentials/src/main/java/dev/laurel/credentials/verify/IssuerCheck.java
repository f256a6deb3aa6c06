package dev.laurel.credentials.verify;

import dev.laurel.credentials.did.VerificationMethod;
import dev.laurel.credentials.key.Multikey;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import java.util.Optional;

/**
 * The issuer controls the key that made the proof: the issuer's id equals the verification method's controller. A
 * key embedded in a JWT header binds to no one, unless the issuer is that key's own did:key or did:jwk.
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
        Optional<VerificationMethod> method = context.proofMethod();
        if (method.isEmpty()) {
            return CheckResult.skipped(id(), "no valid proof, so no key to bind to the issuer " + issuer.get());
        }
        VerificationMethod key = method.get();
        if (key.id().equals("jwk")) {
            return embeddedKey(issuer.get(), key);
        }
        if (issuer.get().equals(key.controller())) {
            return CheckResult.passed(id(), "the issuer " + issuer.get() + " controls the signing key " + key.id());
        }
        return CheckResult.failed(
                id(),
                Reason.ISSUER_NOT_CONTROLLER,
                "the signing key " + key.id() + " is controlled by " + key.controller() + ", not by the issuer "
                        + issuer.get());
    }

    private CheckResult embeddedKey(String issuer, VerificationMethod key) {
        Optional<Multikey> multikey = key.multikey();
        if (issuer.startsWith("did:key:")
                && multikey.isPresent()
                && multikey.get().didKey().equals(issuer)) {
            return CheckResult.passed(id(), "the JWT's embedded key is the issuer's own did:key");
        }
        return CheckResult.failed(
                id(),
                Reason.ISSUER_EMBEDDED_KEY,
                "the JWT carries its own key (jwk header) and nothing ties that key to the " + "issuer " + issuer
                        + "; issuers must name their key with kid");
    }
}
