package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.schema.CredentialSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The credential validates against the 1EdTech JSON Schema for its type, and against every bundled schema its
 * {@code credentialSchema} names ({@code 1EdTechJsonSchemaValidator2019}). A schema named but not bundled is a warning
 * naming it, whatever the credential's type.
 */
final class SchemaCheck implements Check {

    private static final int SHOWN = 5;

    @Override
    public CheckId id() {
        return CheckId.SCHEMA;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        Set<CredentialSchema> schemas = new LinkedHashSet<>();
        List<String> types = context.types();
        boolean clr = types.contains(Contexts.CLR);
        if (clr) {
            schemas.add(CredentialSchema.CLR_CREDENTIAL);
        } else if (types.stream().anyMatch(Contexts.ACHIEVEMENT_TYPES::contains)) {
            schemas.add(CredentialSchema.OB_ACHIEVEMENT_CREDENTIAL);
        } else if (types.contains(Contexts.ENDORSEMENT)) {
            schemas.add(CredentialSchema.OB_ENDORSEMENT_CREDENTIAL);
        }
        List<String> notBundled = new ArrayList<>();
        JsonNode declared = context.credential().get("credentialSchema");
        for (JsonNode schema :
                declared == null ? List.<JsonNode>of() : declared.isArray() ? declared : List.of(declared)) {
            String url = schema.path("id").asText("");
            CredentialSchema.byUrl(url)
                    .ifPresentOrElse(schemas::add, () -> notBundled.add(url.isEmpty() ? schema.toString() : url));
        }
        if (schemas.isEmpty() && !notBundled.isEmpty()) {
            return CheckResult.warning(id(), Reason.SCHEMA_NOT_BUNDLED, notChecked(notBundled));
        }
        if (schemas.isEmpty()) {
            return CheckResult.skipped(id(), "no 1EdTech schema applies to this credential type");
        }
        if (context.isVcDataModel11()) {
            return CheckResult.warning(
                    id(),
                    Reason.SCHEMA_NOT_CHECKED,
                    "a VC 1.1 credential (issuanceDate): the bundled 1EdTech schemas describe "
                            + "the VC 2.0 form, so the schema was not checked");
        }
        List<String> violations = new ArrayList<>();
        for (CredentialSchema schema : schemas) {
            violations.addAll(context.verifier().schemas().validate(context.credential(), schema));
        }
        if (!violations.isEmpty()) {
            String shown = String.join("; ", violations.subList(0, Math.min(SHOWN, violations.size())));
            String more = violations.size() > SHOWN ? " (and " + (violations.size() - SHOWN) + " more)" : "";
            return CheckResult.failed(
                    id(), Reason.SCHEMA_INVALID, "does not conform to the 1EdTech JSON Schema: " + shown + more);
        }
        String names =
                String.join(", ", schemas.stream().map(CredentialSchema::url).toList());
        if (!notBundled.isEmpty()) {
            return CheckResult.warning(
                    id(), Reason.SCHEMA_NOT_BUNDLED, "conforms to " + names + "; " + notChecked(notBundled));
        }
        return CheckResult.passed(id(), "conforms to " + names);
    }

    private static String notChecked(List<String> schemas) {
        return "the credentialSchema " + String.join(", ", schemas) + " could not be obtained (Laurel does not bundle "
                + (schemas.size() == 1 ? "it" : "them") + " and never fetches schemas), so the credential was not "
                + "checked against " + (schemas.size() == 1 ? "it" : "them");
    }
}
