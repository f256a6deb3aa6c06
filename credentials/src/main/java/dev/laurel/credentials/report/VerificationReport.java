package dev.laurel.credentials.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * What a verification found: every check that ran, in order, with its outcome.
 *
 * <p>A credential is verified when no check failed; warnings and skipped checks do not fail it. Immutable.
 *
 * @param checks every check, in the order run
 * @param credential the credential that was examined, when the input could be read as one
 * @param format how the credential was secured and carried, e.g. {@code "ob3 data-integrity"}, {@code "ob3 vc-jwt"},
 *     {@code "ob2 hosted"}; {@code "unknown"} when unreadable
 */
public record VerificationReport(List<CheckResult> checks, Optional<JsonNode> credential, String format) {

    public VerificationReport {
        checks = List.copyOf(checks);
    }

    /** True when no check failed. */
    public boolean verified() {
        return checks.stream().noneMatch(check -> check instanceof CheckResult.Failed);
    }

    /** The result of the check {@code id}, if it ran. */
    public Optional<CheckResult> check(CheckId id) {
        return checks.stream().filter(check -> check.id() == id).findFirst();
    }

    /** The failed checks. */
    public List<CheckResult> failures() {
        return checks.stream()
                .filter(check -> check instanceof CheckResult.Failed)
                .toList();
    }

    /** {@code {"verified": bool, "checks": [{"id", "status", "message"}]}}, the command line's {@code --json} form. */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("verified", verified());
        ArrayNode array = json.putArray("checks");
        for (CheckResult check : checks) {
            array.addObject()
                    .put("id", check.id().id())
                    .put("status", check.status())
                    .put("message", check.message());
        }
        return json;
    }
}
