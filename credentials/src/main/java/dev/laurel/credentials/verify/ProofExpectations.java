package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The verifier's expectations of a presentation's proofs (VC Data Integrity §4.5 steps 6 and 7): every proof carries
 * the expected {@code challenge}, and its {@code domain} — one string, or a set of them — is the expected domain. The
 * signature covers both, so they cannot be changed after signing.
 */
final class ProofExpectations {

    private ProofExpectations() {}

    static CheckResult challenge(ObjectNode presentation, String expected) {
        if (expected == null) {
            return CheckResult.skipped(CheckId.CHALLENGE, "no challenge was asked for");
        }
        List<ObjectNode> proofs = proofs(presentation);
        if (proofs.isEmpty()) {
            return CheckResult.failed(
                    CheckId.CHALLENGE,
                    Reason.CHALLENGE_MISSING,
                    "the presentation has no proof to carry the challenge");
        }
        for (ObjectNode proof : proofs) {
            JsonNode challenge = proof.get("challenge");
            if (challenge == null || !challenge.isTextual()) {
                return CheckResult.failed(
                        CheckId.CHALLENGE,
                        Reason.CHALLENGE_MISSING,
                        "the proof carries no challenge, expected '" + expected + "'");
            }
            if (!challenge.asText().equals(expected)) {
                return CheckResult.failed(
                        CheckId.CHALLENGE,
                        Reason.CHALLENGE_MISMATCH,
                        "the proof answers the challenge '" + challenge.asText() + "', expected '" + expected + "'");
            }
        }
        return CheckResult.passed(CheckId.CHALLENGE, "the proof answers the challenge '" + expected + "'");
    }

    static CheckResult domain(ObjectNode presentation, String expected) {
        if (expected == null) {
            return CheckResult.skipped(CheckId.DOMAIN, "no domain was asked for");
        }
        List<ObjectNode> proofs = proofs(presentation);
        if (proofs.isEmpty()) {
            return CheckResult.failed(
                    CheckId.DOMAIN, Reason.DOMAIN_MISSING, "the presentation has no proof to name a domain");
        }
        for (ObjectNode proof : proofs) {
            Set<String> domains = new TreeSet<>(VerificationContext.strings(proof.get("domain")));
            if (domains.isEmpty()) {
                return CheckResult.failed(
                        CheckId.DOMAIN,
                        Reason.DOMAIN_MISSING,
                        "the proof names no domain, expected '" + expected + "'");
            }
            if (!domains.equals(Set.of(expected))) {
                return CheckResult.failed(
                        CheckId.DOMAIN,
                        Reason.DOMAIN_MISMATCH,
                        "the proof is meant for the domain " + String.join(", ", domains) + ", expected '" + expected
                                + "'");
            }
        }
        return CheckResult.passed(CheckId.DOMAIN, "the proof is meant for the domain '" + expected + "'");
    }

    private static List<ObjectNode> proofs(ObjectNode presentation) {
        JsonNode proof = presentation.get("proof");
        List<ObjectNode> proofs = new ArrayList<>();
        if (proof instanceof ObjectNode one) {
            proofs.add(one);
        } else if (proof != null && proof.isArray()) {
            proof.forEach(element -> {
                if (element instanceof ObjectNode object) {
                    proofs.add(object);
                }
            });
        }
        return proofs;
    }
}
