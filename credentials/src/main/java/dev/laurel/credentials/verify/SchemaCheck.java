package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
 * The 1EdTech schemas describe the VC 2.0 form: a VC 1.1 credential is checked as the VC 2.0 credential it corresponds
 * to ({@link #asVc20}), and not conforming even so is a warning, not a failure.
 */
final class SchemaCheck implements Check {

    private static final int SHOWN = 5;

    private static final String VC11_READING = " read as VC 2.0 (first @context " + Contexts.VC_V2
            + ", issuanceDate as validFrom, expirationDate as validUntil)";

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
        boolean vc11 = context.isVcDataModel11();
        JsonNode checked = vc11 ? asVc20(context.credential()) : context.credential();
        List<String> violations = new ArrayList<>();
        for (CredentialSchema schema : schemas) {
            violations.addAll(context.verifier().schemas().validate(checked, schema));
        }
        if (!violations.isEmpty()) {
            return vc11
                    ? CheckResult.warning(
                            id(),
                            Reason.SCHEMA_VC11_NONCONFORMING,
                            "a VC 1.1 credential: the 1EdTech schema describes the VC 2.0 form, and even" + VC11_READING
                                    + " it does not conform: " + shown(violations))
                    : CheckResult.failed(
                            id(),
                            Reason.SCHEMA_INVALID,
                            "does not conform to the 1EdTech JSON Schema: " + shown(violations));
        }
        String conforms = "conforms to "
                + String.join(", ", schemas.stream().map(CredentialSchema::url).toList())
                + (vc11 ? VC11_READING : "");
        if (!notBundled.isEmpty()) {
            return CheckResult.warning(id(), Reason.SCHEMA_NOT_BUNDLED, conforms + "; " + notChecked(notBundled));
        }
        return CheckResult.passed(id(), conforms);
    }

    private static String notChecked(List<String> schemas) {
        return "the credentialSchema " + String.join(", ", schemas) + " could not be obtained (Laurel does not bundle "
                + (schemas.size() == 1 ? "it" : "them") + " and never fetches schemas), so the credential was not "
                + "checked against " + (schemas.size() == 1 ? "it" : "them");
    }

    private static String shown(List<String> violations) {
        String shown = String.join("; ", violations.subList(0, Math.min(SHOWN, violations.size())));
        return violations.size() > SHOWN ? shown + " (and " + (violations.size() - SHOWN) + " more)" : shown;
    }

    /**
     * A VC 1.1 credential as the VC 2.0 credential it corresponds to, for the 1EdTech schemas, which describe the 2.0
     * form: the VC 2.0 context first, {@code issuanceDate} as {@code validFrom}, {@code expirationDate} as {@code
     * validUntil}; everything else as it is.
     */
    static JsonNode asVc20(JsonNode credential) {
        ObjectNode reading = credential.deepCopy();
        JsonNode contexts = reading.get("@context");
        if (contexts instanceof ArrayNode array && !array.isEmpty()) {
            array.set(0, TextNode.valueOf(Contexts.VC_V2));
        } else {
            reading.put("@context", Contexts.VC_V2);
        }
        rename(reading, "issuanceDate", "validFrom");
        rename(reading, "expirationDate", "validUntil");
        return reading;
    }

    private static void rename(ObjectNode credential, String from, String to) {
        JsonNode value = credential.remove(from);
        if (value != null && !credential.has(to)) {
            credential.set(to, value);
        }
    }
}
