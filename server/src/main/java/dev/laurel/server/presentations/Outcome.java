package dev.laurel.server.presentations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.PresentationReport;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a wallet's response showed, as stored with its request ({@code presentation_requests.outcome}) so that any
 * node can show it: the wallet declined, sent something that answers no query, or presented a credential — then the
 * presentation's own checks, the holder binding and the credential's report, each as the command line writes reports
 * ({@link VerificationReport#toJson()}), read back into reports for the page.
 */
sealed interface Outcome {

    /** The wallet answered with an error (OpenID4VP 1.0 §8.5), e.g. {@code access_denied}. */
    record Declined(String error, String description) implements Outcome {}

    /** The response answers no query of the request. */
    record Malformed(String description) implements Outcome {}

    /**
     * A presentation, checked.
     *
     * @param presentation the presentation's own checks (proof, nonce as challenge, audience as domain, holder...)
     * @param credential the report of the credential it carries, or null when it carries none or several
     */
    record Presented(
            String format,
            VerificationReport presentation,
            HolderBinding binding,
            VerificationReport credential,
            boolean openBadge)
            implements Outcome {

        /** Verified: the presentation, its holder binding and the credential, and the credential is an Open Badge. */
        boolean accepted() {
            return presentation.verified() && !binding.status().equals("failed") && openBadge;
        }
    }

    static ObjectNode declined(String error, String description) {
        ObjectNode json = Json.MAPPER.createObjectNode().put("kind", "declined").put("error", error);
        return description == null ? json : json.put("description", description);
    }

    static ObjectNode malformed(String description) {
        return Json.MAPPER.createObjectNode().put("kind", "malformed").put("description", description);
    }

    static ObjectNode presented(String format, PresentationReport report, HolderBinding binding, boolean openBadge) {
        ObjectNode json =
                Json.MAPPER.createObjectNode().put("kind", "presented").put("format", format);
        json.set("presentation", report.presentation().toJson());
        json.put("presentationFormat", report.presentation().format());
        ObjectNode bound = json.putObject("binding").put("code", binding.code());
        switch (binding) {
            case HolderBinding.Bound b -> bound.put("subject", b.subject()).put("key", b.key());
            case HolderBinding.OtherKey o -> bound.put("subject", o.subject()).put("key", o.key());
            case HolderBinding.Unbound u -> bound.put("subject", u.subject());
            case HolderBinding.Unproven u -> {}
        }
        json.put("openBadge", openBadge);
        if (report.credentials().size() == 1) {
            VerificationReport credential = report.credentials().get(0);
            json.set("credentialReport", credential.toJson());
            json.put("credentialFormat", credential.format());
            credential.credential().ifPresent(value -> json.set("credential", value));
        }
        return json;
    }

    /** The outcome stored as {@code json}. */
    static Outcome read(JsonNode json) {
        return switch (json.path("kind").asText()) {
            case "declined" ->
                new Declined(
                        json.path("error").asText(),
                        json.hasNonNull("description") ? json.get("description").asText() : null);
            case "malformed" -> new Malformed(json.path("description").asText());
            default ->
                new Presented(
                        json.path("format").asText(),
                        report(
                                json.get("presentation"),
                                null,
                                json.path("presentationFormat").asText()),
                        binding(json.path("binding")),
                        json.has("credentialReport")
                                ? report(
                                        json.get("credentialReport"),
                                        json.get("credential"),
                                        json.path("credentialFormat").asText())
                                : null,
                        json.path("openBadge").asBoolean());
        };
    }

    private static HolderBinding binding(JsonNode json) {
        String subject = json.hasNonNull("subject") ? json.get("subject").asText() : null;
        String key = json.hasNonNull("key") ? json.get("key").asText() : null;
        return switch (json.path("code").asText()) {
            case "holder-binding.bound" -> new HolderBinding.Bound(subject, key);
            case "holder-binding.other-key" -> new HolderBinding.OtherKey(subject, key);
            case "holder-binding.unbound" -> new HolderBinding.Unbound(subject);
            default -> new HolderBinding.Unproven();
        };
    }

    /** A report as {@link VerificationReport#toJson()} wrote it: each check with its status, message and reason. */
    private static VerificationReport report(JsonNode json, JsonNode credential, String format) {
        List<CheckResult> checks = new ArrayList<>();
        for (JsonNode check : json.path("checks")) {
            Optional<CheckId> id = Arrays.stream(CheckId.values())
                    .filter(candidate -> candidate.id().equals(check.path("id").asText()))
                    .findFirst();
            if (id.isEmpty()) {
                continue;
            }
            String message = check.path("message").asText();
            Reason reason = Arrays.stream(Reason.values())
                    .filter(candidate ->
                            candidate.code().equals(check.path("reason").asText()))
                    .findFirst()
                    .orElse(Reason.CHECK_INCOMPLETE);
            checks.add(
                    switch (check.path("status").asText()) {
                        case "passed" -> CheckResult.passed(id.get(), message);
                        case "failed" -> CheckResult.failed(id.get(), reason, message);
                        case "warning" -> CheckResult.warning(id.get(), reason, message);
                        default -> CheckResult.skipped(id.get(), message);
                    });
        }
        return new VerificationReport(checks, Optional.ofNullable(credential), format);
    }
}
