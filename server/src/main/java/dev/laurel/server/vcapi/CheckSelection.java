package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which checks decide a verification: all of them, or those named by the option {@code checks} — a Laurel extension
 * of VCALM's options (VCALM §Options allows them) that earlier VC-API drafts defined and the Data Integrity test
 * suites still send ({@code "checks": ["proof"]}). Every check runs regardless; only the failures of the chosen ones
 * count. A document that is not a credential or presentation (format, context, type) and the presentation checks the
 * caller asked for by option (challenge, domain) and the holder binding always count, and so does a failure that says
 * the credential is malformed whichever check found it (a validity period that ends before it starts) or that it has
 * no proof at all.
 *
 * @param counted the checks whose failures count, or null for all
 */
record CheckSelection(Set<CheckId> counted) {

    static final CheckSelection ALL = new CheckSelection(null);

    private static final Set<CheckId> ALWAYS = EnumSet.of(
            CheckId.FORMAT, CheckId.CONTEXT, CheckId.TYPE, CheckId.CHALLENGE, CheckId.DOMAIN, CheckId.HOLDER);

    /** Reasons that say the credential is malformed, whatever the time and whichever checks were asked for. */
    static final Set<Reason> MALFORMED = EnumSet.of(Reason.VALID_UNTIL_BEFORE_VALID_FROM);

    /**
     * A credential or presentation with no proof at all is secured by no mechanism, so it is no verifiable credential
     * or presentation (VC Data Model 2.0 §4.12), whichever checks were asked for — {@code "checks": []} included.
     */
    private static final Set<Reason> UNSECURED = EnumSet.of(Reason.PROOF_MISSING);

    private static final Map<String, Set<CheckId>> NAMES = Map.ofEntries(
            Map.entry("proof", EnumSet.of(CheckId.PROOF, CheckId.ISSUER, CheckId.JWT_CLAIMS)),
            Map.entry("issuer", EnumSet.of(CheckId.ISSUER)),
            Map.entry("jwt-claims", EnumSet.of(CheckId.JWT_CLAIMS)),
            Map.entry("status", EnumSet.of(CheckId.STATUS)),
            Map.entry("credentialStatus", EnumSet.of(CheckId.STATUS)),
            Map.entry("validFrom", EnumSet.of(CheckId.VALID_FROM)),
            Map.entry("valid-from", EnumSet.of(CheckId.VALID_FROM)),
            Map.entry("validUntil", EnumSet.of(CheckId.VALID_UNTIL)),
            Map.entry("valid-until", EnumSet.of(CheckId.VALID_UNTIL)),
            Map.entry("expiration", EnumSet.of(CheckId.VALID_UNTIL)),
            Map.entry("schema", EnumSet.of(CheckId.SCHEMA)),
            Map.entry("credentialSchema", EnumSet.of(CheckId.SCHEMA)),
            Map.entry("subject", EnumSet.of(CheckId.SUBJECT)),
            Map.entry("endorsements", EnumSet.of(CheckId.ENDORSEMENTS)));

    /** The selection {@code options.checks} asks for; all checks when absent. */
    static CheckSelection of(JsonNode checks) {
        if (checks == null || checks.isNull()) {
            return ALL;
        }
        if (!checks.isArray()) {
            throw VcApiProblem.MALFORMED_VALUE.problem("options.checks must be an array of check names");
        }
        Set<CheckId> counted = EnumSet.noneOf(CheckId.class);
        for (JsonNode check : checks) {
            Set<CheckId> ids = check.isTextual() ? NAMES.get(check.asText()) : null;
            if (ids == null) {
                throw VcApiProblem.MALFORMED_VALUE.problem(
                        "options.checks names " + check + ", which this verifier does not know (it knows "
                                + List.copyOf(new java.util.TreeSet<>(NAMES.keySet())) + ")");
            }
            counted.addAll(ids);
        }
        return new CheckSelection(counted);
    }

    /** True when {@code failure} makes the verification fail. */
    boolean counts(CheckResult failure) {
        return counts(failure.id())
                || failure.reasons().stream()
                        .anyMatch(reason -> MALFORMED.contains(reason) || UNSECURED.contains(reason));
    }

    /** True when a failure of {@code check} makes the verification fail. */
    boolean counts(CheckId check) {
        return counted == null || ALWAYS.contains(check) || counted.contains(check);
    }
}
