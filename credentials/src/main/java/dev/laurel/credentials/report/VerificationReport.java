package dev.laurel.credentials.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a verification found: every check that ran, in order, with its outcome.
 *
 * <p>A credential is verified when no check failed; warnings and skipped checks do not fail it. Immutable.
 *
 * @param checks every check, in the order run; a check that examines several items (the proofs of a proof set) has a
 *     line for each
 * @param credential the credential that was examined, when the input could be read as one
 * @param format how the credential was secured and carried, e.g. {@code "ob3 data-integrity"}, {@code "ob3 vc-jwt"},
 *     {@code "ob2 hosted"}; {@code "unknown"} when unreadable
 * @param linked the documents the verifier resolved to verify the credential, by their id (URL), e.g. an Open Badges
 *     2.0 assertion's BadgeClass and issuer Profile; only what verification itself fetched or found embedded, never
 *     fetched for the report's sake; empty when there are none. Copies, in the order found.
 * @param endorsements each endorsement of the credential the {@code endorsements} check examined (embedded, or beside
 *     it in an endorsed-credential bundle), in the order found; empty when there are none
 */
public record VerificationReport(
        List<CheckResult> checks,
        Optional<JsonNode> credential,
        String format,
        Map<String, JsonNode> linked,
        List<EndorsementOutcome> endorsements) {

    public VerificationReport {
        checks = List.copyOf(checks);
        endorsements = endorsements == null ? List.of() : List.copyOf(endorsements);
        Map<String, JsonNode> copies = new LinkedHashMap<>();
        (linked == null ? Map.<String, JsonNode>of() : linked)
                .forEach((id, document) -> copies.put(
                        Objects.requireNonNull(id, "linked id"),
                        Objects.requireNonNull(document, "linked document").deepCopy()));
        linked = Collections.unmodifiableMap(copies);
    }

    /** A report with no endorsements. */
    public VerificationReport(
            List<CheckResult> checks, Optional<JsonNode> credential, String format, Map<String, JsonNode> linked) {
        this(checks, credential, format, linked, List.of());
    }

    /** A report with no linked documents and no endorsements. */
    public VerificationReport(List<CheckResult> checks, Optional<JsonNode> credential, String format) {
        this(checks, credential, format, Map.of());
    }

    /** The linked document whose id is {@code id}, if verification resolved it. */
    public Optional<JsonNode> linked(String id) {
        return Optional.ofNullable(id).map(linked::get).map(JsonNode::deepCopy);
    }

    /**
     * What {@code reference} stands for: the linked document it names, when it is a string that is the id of one (an
     * Open Badges 2.0 assertion's {@code badge}, a BadgeClass's {@code issuer}); otherwise {@code reference} itself.
     */
    public JsonNode resolve(JsonNode reference) {
        JsonNode document = reference != null && reference.isTextual() ? linked.get(reference.asText()) : null;
        return document != null && document.isObject() ? document.deepCopy() : reference;
    }

    /** True when no check failed. */
    public boolean verified() {
        return checks.stream().noneMatch(check -> check instanceof CheckResult.Failed);
    }

    /** The result of the check {@code id}, if it ran; its first line when it has several (see {@link #checks(CheckId)}). */
    public Optional<CheckResult> check(CheckId id) {
        return checks.stream().filter(check -> check.id() == id).findFirst();
    }

    /**
     * Every line of the check {@code id}: one for most checks, one per proof for the {@link CheckId#PROOF} check of a
     * credential with several proofs (a proof set or chain), in the order of the proofs.
     */
    public List<CheckResult> checks(CheckId id) {
        return checks.stream().filter(check -> check.id() == id).toList();
    }

    /** The failed checks. */
    public List<CheckResult> failures() {
        return checks.stream()
                .filter(check -> check instanceof CheckResult.Failed)
                .toList();
    }

    /**
     * {@code {"verified": bool, "checks": [{"id", "status", "message", "reason"}]}}, the command line's {@code --json}
     * form; {@code reason} is the primary {@link Reason} code of a failed or warning check, absent for the others;
     * and, when the credential has endorsements, {@code "endorsements": [{"id", "endorser", "date", "status",
     * "message"}]} ({@link EndorsementOutcome#toJson()}).
     */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("verified", verified());
        ArrayNode array = json.putArray("checks");
        for (CheckResult check : checks) {
            ObjectNode entry = array.addObject()
                    .put("id", check.id().id())
                    .put("status", check.status())
                    .put("message", check.message());
            check.reason().ifPresent(reason -> entry.put("reason", reason.code()));
        }
        if (!endorsements.isEmpty()) {
            ArrayNode outcomes = json.putArray("endorsements");
            endorsements.forEach(outcome -> outcomes.add(outcome.toJson()));
        }
        return json;
    }
}
