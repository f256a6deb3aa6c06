package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Problems;
import dev.laurel.credentials.report.Reason;
import java.net.URI;
import java.util.Optional;

/**
 * The assertion was made by the issuer its BadgeClass names. Hosted: the assertion's URL is within the issuer's
 * verification policy (by default, the issuer's own origin). Signed: the issuer Profile lists the key that verified
 * the signature in {@code publicKey}, and the key names that issuer as its {@code owner}; an Open Badges 0.5 or 1.x
 * issuer, which lists no keys, must publish the key within its scope, as it would a hosted assertion.
 */
final class IssuerCheck implements AssertionCheck {

    @Override
    public CheckId id() {
        return CheckId.ISSUER;
    }

    @Override
    public CheckResult run(AssertionContext context) {
        LinkedObjects linked = context.linked();
        if (context.securing() instanceof Securing.Unsecured) {
            return CheckResult.skipped(
                    id(), "the assertion is neither hosted nor signed: nothing ties it to an issuer");
        }
        if (context.revoked()) {
            return CheckResult.skipped(id(), "a revoked assertion need only carry its id and revoked");
        }
        if (context.securing() instanceof Securing.Signed
                && !(context.signature() instanceof SignatureOutcome.Verified)) {
            return CheckResult.skipped(id(), "no key verified the signature, so there is none to tie to the issuer");
        }
        if (linked.issuer() instanceof Linked.Missing missing) {
            return CheckResult.failed(id(), Reason.ISSUER_UNREACHABLE, missing.message());
        }
        ObjectNode issuer = ((Linked.Found) linked.issuer()).node();
        String issuerId = linked.issuerId().orElseThrow();
        return switch (context.securing()) {
            case Securing.Hosted hosted -> hosted(hosted.url(), issuer, issuerId);
            case Securing.Signed signed
            when context.version() != AssertionVersion.V2 && !issuer.has("publicKey") ->
                signedV1((SignatureOutcome.Verified) context.signature(), issuer, issuerId);
            case Securing.Signed signed -> signed((SignatureOutcome.Verified) context.signature(), issuer, issuerId);
            case Securing.Unsecured unsecured -> CheckResult.skipped(id(), unsecured.reason());
        };
    }

    private CheckResult hosted(URI url, ObjectNode issuer, String issuerId) {
        Origin origin = Origin.of(Nodes.httpUrl(issuerId).orElseThrow());
        VerificationPolicy policy = VerificationPolicy.of(issuer);
        return policy.refusal(url, origin)
                .map(refusal -> CheckResult.failed(
                        id(),
                        Reason.ISSUER_OUT_OF_SCOPE,
                        "the assertion is outside the hosting scope of its issuer " + issuerId + ": " + refusal))
                .orElseGet(() -> CheckResult.passed(
                        id(),
                        "hosted at " + url + ", within the scope of its issuer " + issuerId + " ("
                                + policy.describe(origin) + ")"));
    }

    /**
     * An Open Badges 1.x issuer lists no keys: its signing key, which {@code verify.url} links to as "the issuer's
     * public key", must be published within the issuer's scope, as a hosted assertion must.
     */
    private CheckResult signedV1(SignatureOutcome.Verified key, ObjectNode issuer, String issuerId) {
        Origin origin = Origin.of(Nodes.httpUrl(issuerId).orElseThrow());
        VerificationPolicy policy = VerificationPolicy.of(issuer);
        URI keyUrl = Nodes.httpUrl(key.keyUrl()).orElseThrow();
        return policy.refusal(keyUrl, origin)
                .map(refusal -> CheckResult.failed(
                        id(),
                        Reason.ISSUER_OUT_OF_SCOPE,
                        "the signing key is outside the scope of its issuer " + issuerId + ": " + refusal))
                .orElseGet(() -> CheckResult.passed(
                        id(),
                        "the signing key " + keyUrl + " is published within the scope of its issuer " + issuerId + " ("
                                + policy.describe(origin) + "; an Open Badges 1.x issuer lists no keys)"));
    }

    private CheckResult signed(SignatureOutcome.Verified key, ObjectNode issuer, String issuerId) {
        Problems problems = new Problems();
        Optional<String> keyId = Nodes.idOf(key.key().get("id"));
        if (keyId.isPresent() && !keyId.get().equals(key.keyUrl())) {
            problems.add(
                    Reason.ISSUER_KEY_ID_MISMATCH,
                    "the CryptographicKey at " + key.keyUrl() + " names itself " + keyId.get());
        }
        Optional<String> owner = Nodes.idOf(key.key().get("owner"));
        if (owner.isPresent() && !owner.get().equals(issuerId)) {
            problems.add(
                    Reason.ISSUER_NOT_CONTROLLER,
                    "the key " + key.keyUrl() + " is owned by " + owner.get() + ", not by the issuer " + issuerId);
        }
        boolean listed = Nodes.elements(issuer.get("publicKey")).stream()
                .map(Nodes::idOf)
                .flatMap(Optional::stream)
                .anyMatch(key.keyUrl()::equals);
        if (!listed) {
            problems.add(
                    Reason.ISSUER_KEY_NOT_LISTED,
                    "the issuer " + issuerId + " does not list the key " + key.keyUrl() + " in its publicKey");
        }
        if (!problems.isEmpty()) {
            return problems.failed(id());
        }
        if (owner.isEmpty()) {
            return CheckResult.warning(
                    id(),
                    Reason.ISSUER_KEY_UNOWNED,
                    "the issuer " + issuerId + " lists the key " + key.keyUrl() + ", but the key names no owner");
        }
        return CheckResult.passed(id(), "the key " + key.keyUrl() + " belongs to the issuer " + issuerId);
    }
}
