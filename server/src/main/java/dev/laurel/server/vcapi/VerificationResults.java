package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.PresentationReport;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verification reports as VCALM's {@code VerificationResult}: {@code verified}, {@code problemDetails} — one
 * ProblemDetails per failed check, typed as VC Data Model 2.0 §7.2, VC Data Integrity and Bitstring Status List define
 * the errors, so {@code verified} is true exactly when the list is empty (VCALM "Verification Errors vs. Warnings") —
 * and on request {@code results} per property and the input itself.
 */
final class VerificationResults {

    private static final String DATA_INTEGRITY = "https://w3id.org/security#";
    private static final String STATUS_LIST = "https://www.w3.org/ns/credentials/status-list#";

    /** The status reasons that say the status could not be determined, rather than that it is bad. */
    private static final Set<Reason> STATUS_UNDETERMINED = EnumSet.of(
            Reason.STATUS_UNREACHABLE,
            Reason.STATUS_UNTRUSTED,
            Reason.STATUS_LIST_MALFORMED,
            Reason.STATUS_LIST_MISMATCH,
            Reason.STATUS_LIST_NOT_CURRENT,
            Reason.STATUS_ENTRY_MALFORMED);

    private VerificationResults() {}

    /** The result of verifying {@code input}, a credential or enveloped credential. */
    static ObjectNode credential(
            VerificationReport report,
            JsonNode input,
            CheckSelection checks,
            boolean returnResults,
            boolean returnCredential) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        List<CheckResult> errors = errors(report, checks);
        json.put("verified", errors.isEmpty());
        if (returnCredential) {
            json.set("credential", input);
        }
        ArrayNode problems = json.putArray("problemDetails");
        errors.forEach(failure -> problems.add(problem(failure, "")));
        if (returnResults) {
            json.set("results", CredentialResults.of(report));
        }
        return json;
    }

    /**
     * The result of verifying a presentation: its own problems and those of each credential it carries (their detail
     * names the credential), and always the results of the presentation and of each credential.
     */
    static ObjectNode presentation(
            PresentationReport report,
            JsonNode presentation,
            List<JsonNode> carried,
            String challenge,
            String domain,
            CheckSelection checks,
            boolean returnPresentation) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode problems = json.putArray("problemDetails");
        errors(report.presentation(), checks).stream()
                .filter(failure -> failure.id() != CheckId.CREDENTIALS)
                .forEach(failure -> problems.add(problem(failure, "")));
        for (int i = 0; i < report.credentials().size(); i++) {
            String prefix = "verifiableCredential[" + i + "]: ";
            errors(report.credentials().get(i), checks).forEach(failure -> problems.add(problem(failure, prefix)));
        }
        json.put("verified", problems.isEmpty());
        if (returnPresentation) {
            json.set("verifiablePresentation", presentation);
        }
        ObjectNode results = json.putObject("results");
        results.set("presentation", PresentationResults.of(report.presentation(), challenge, domain));
        ArrayNode credentials = results.putArray("credentials");
        for (int i = 0; i < report.credentials().size(); i++) {
            JsonNode input = i < carried.size() ? carried.get(i) : null;
            credentials.add(credential(report.credentials().get(i), input, checks, true, input != null));
        }
        return json;
    }

    /** The failures that count: every failure, or those of the checks the caller chose. */
    static List<CheckResult> errors(VerificationReport report, CheckSelection checks) {
        return report.failures().stream().filter(checks::counts).toList();
    }

    /**
     * One failed check as a ProblemDetails: the error type its specification defines, the check's message, its id and
     * its primary reason code.
     */
    static ObjectNode problem(CheckResult failure, String prefix) {
        String type =
                switch (failure.id()) {
                    case FORMAT -> VcApiProblem.Types.VC_DATA_MODEL + "PARSING_ERROR";
                    case CONTEXT, TYPE, SCHEMA, SUBJECT, RECIPIENT, ENDORSEMENTS, CREDENTIALS ->
                        VcApiProblem.Types.VC_DATA_MODEL + "MALFORMED_VALUE_ERROR";
                    case PROOF, ISSUER, JWT_CLAIMS, SEAL ->
                        VcApiProblem.Types.VC_DATA_MODEL + "CRYPTOGRAPHIC_SECURITY_ERROR";
                    case HOLDER ->
                        VcApiProblem.Types.VC_DATA_MODEL
                                + (failure.reasons().contains(Reason.HOLDER_MALFORMED)
                                        ? "MALFORMED_VALUE_ERROR"
                                        : "CRYPTOGRAPHIC_SECURITY_ERROR");
                    case VALID_FROM, VALID_UNTIL ->
                        VcApiProblem.Types.VC_DATA_MODEL
                                + (failure.reasons().stream().anyMatch(CheckSelection.MALFORMED::contains)
                                        ? "MALFORMED_VALUE_ERROR"
                                        : "RANGE_ERROR");
                    case STATUS ->
                        STATUS_LIST
                                + (failure.reasons().stream().anyMatch(STATUS_UNDETERMINED::contains)
                                        ? "STATUS_RETRIEVAL_ERROR"
                                        : "STATUS_VERIFICATION_ERROR");
                    case CHALLENGE -> DATA_INTEGRITY + "INVALID_CHALLENGE_ERROR";
                    case DOMAIN -> DATA_INTEGRITY + "INVALID_DOMAIN_ERROR";
                };
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("type", type);
        json.put("title", type.substring(type.indexOf('#') + 1));
        json.put("detail", prefix + failure.id() + ": " + failure.message());
        json.put("check", failure.id().id());
        failure.reason().ifPresent(reason -> json.put("reason", reason.code()));
        return json;
    }

    /** {@code {"verified": …, "input": …}} for a check that ran; empty when it was skipped. */
    static Optional<ObjectNode> outcome(VerificationReport report, CheckId check, JsonNode input) {
        return outcome(report.check(check), input);
    }

    private static Optional<ObjectNode> outcome(Optional<CheckResult> result, JsonNode input) {
        if (result.isEmpty() || result.get() instanceof CheckResult.Skipped) {
            return Optional.empty();
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("verified", !(result.get() instanceof CheckResult.Failed));
        if (input != null) {
            json.set("input", input);
        }
        return Optional.of(json);
    }

    static List<JsonNode> each(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<JsonNode> elements = new java.util.ArrayList<>();
            node.forEach(elements::add);
            return elements;
        }
        return List.of(node);
    }

    /** {@code results} of a credential: validFrom, validUntil, credentialSchema, credentialStatus, proof. */
    private static final class CredentialResults {

        static ObjectNode of(VerificationReport report) {
            JsonNode credential = report.credential().orElse(JsonNodeFactory.instance.objectNode());
            ObjectNode results = JsonNodeFactory.instance.objectNode();
            if (credential.has("validFrom")) {
                outcome(report, CheckId.VALID_FROM, credential.get("validFrom"))
                        .ifPresent(json -> results.set("validFrom", json));
            }
            if (credential.has("validUntil")) {
                outcome(report, CheckId.VALID_UNTIL, credential.get("validUntil"))
                        .ifPresent(json -> results.set("validUntil", json));
            }
            list(results, "credentialSchema", report, CheckId.SCHEMA, credential.get("credentialSchema"));
            list(results, "credentialStatus", report, CheckId.STATUS, credential.get("credentialStatus"));
            List<JsonNode> proofs = each(credential.get("proof"));
            if (proofs.isEmpty() && report.format().equals("vc-jwt")) {
                outcome(report, CheckId.PROOF, null)
                        .ifPresent(json -> results.putArray("proof").add(json));
            } else {
                list(results, "proof", report, CheckId.PROOF, credential.get("proof"));
            }
            return results;
        }

        private static void list(
                ObjectNode results, String name, VerificationReport report, CheckId check, JsonNode values) {
            List<JsonNode> inputs = each(values);
            if (inputs.isEmpty()) {
                return;
            }
            // One line per input where the check has one per input (the proofs of a proof set or chain).
            List<CheckResult> lines = report.checks(check);
            ArrayNode array = results.putArray(name);
            for (int i = 0; i < inputs.size(); i++) {
                Optional<CheckResult> line = lines.size() == inputs.size()
                        ? Optional.of(lines.get(i))
                        : lines.stream().findFirst();
                outcome(line, inputs.get(i)).ifPresent(array::add);
            }
        }
    }

    /** {@code results.presentation}: challenge, domain, holder, proof. */
    private static final class PresentationResults {

        static ObjectNode of(VerificationReport report, String challenge, String domain) {
            JsonNode presentation = report.credential().orElse(JsonNodeFactory.instance.objectNode());
            ObjectNode results = JsonNodeFactory.instance.objectNode();
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            outcome(report, CheckId.CHALLENGE, challenge == null ? null : nodes.textNode(challenge))
                    .ifPresent(json -> results.set("challenge", json));
            outcome(report, CheckId.DOMAIN, domain == null ? null : nodes.textNode(domain))
                    .ifPresent(json -> results.set("domain", json));
            JsonNode holder = presentation.get("holder");
            outcome(report, CheckId.HOLDER, holder == null || !holder.isObject() ? holder : holder.get("id"))
                    .ifPresent(json -> results.set("holder", json));
            ArrayNode proofs = JsonNodeFactory.instance.arrayNode();
            // a VP-JWT's proof is its JWS: one outcome, without an input to show
            List<JsonNode> inputs = report.format().equals("presentation vp-jwt")
                    ? Collections.singletonList(null)
                    : each(presentation.get("proof"));
            for (JsonNode proof : inputs) {
                outcome(report, CheckId.PROOF, proof).ifPresent(json -> {
                    ArrayNode problems = json.putArray("problemDetails");
                    report.check(CheckId.PROOF)
                            .filter(result -> result instanceof CheckResult.Failed)
                            .ifPresent(failed -> problems.add(problem(failed, "")));
                    proofs.add(json);
                });
            }
            if (!proofs.isEmpty()) {
                results.set("proof", proofs);
            }
            return results;
        }
    }
}
