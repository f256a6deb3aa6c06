package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Problems;
import dev.laurel.credentials.report.Reason;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * For a VC-JWT: the registered claims agree with the credential (Open Badges 3.0 §8.2.4.1): iss = issuer.id,
 * sub = credentialSubject.id, jti = id, nbf = validFrom, exp = validUntil. A claim the credential gives a value for
 * must be present, and a claim present must match.
 */
final class JwtClaimsCheck implements Check {

    @Override
    public CheckId id() {
        return CheckId.JWT_CLAIMS;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        if (context.jwt().isEmpty()) {
            return CheckResult.skipped(id(), "not a VC-JWT");
        }
        DecodedJwt jwt = context.jwt().get();
        ObjectNode claims = jwt.payload();
        ObjectNode credential = context.credential();
        Problems problems = new Problems();
        boolean vcClaim = claims.path("vc").isObject();
        compare(problems, claims, "iss", context.issuerId().orElse(null), vcClaim);
        compare(problems, claims, "jti", text(credential.get("id")), vcClaim);
        compare(
                problems,
                claims,
                "sub",
                text(credential.path("credentialSubject").get("id")),
                vcClaim);
        if (vcClaim) {
            if (!problems.isEmpty()) {
                return problems.failed(id());
            }
            return CheckResult.passed(id(), "a VC 1.1 JWT (the credential in the vc claim): its claims agree with it");
        }
        compareTime(problems, claims, "nbf", credential, "validFrom");
        compareTime(problems, claims, "exp", credential, "validUntil");
        if (!problems.isEmpty()) {
            return problems.failed(id());
        }
        return CheckResult.passed(id(), "the JWT claims agree with the credential");
    }

    /**
     * A claim the credential gives a value for must be present and match it. In the VC 1.1 form, the claim may
     * stand in for a property the {@code vc} claim leaves out (VC Data Model 1.1 §6.3.1).
     */
    private static void compare(Problems problems, ObjectNode claims, String claim, String expected, boolean vcClaim) {
        JsonNode actual = claims.get(claim);
        if (expected == null) {
            if (actual != null && !vcClaim) {
                problems.add(
                        Reason.JWT_CLAIMS_UNEXPECTED,
                        "the " + claim + " claim is " + actual + " but the credential has no matching value");
            }
            return;
        }
        if (actual == null) {
            problems.add(Reason.JWT_CLAIMS_MISSING, "the " + claim + " claim is missing (expected " + expected + ")");
        } else if (!expected.equals(actual.asText())) {
            problems.add(
                    Reason.JWT_CLAIMS_MISMATCH, "the " + claim + " claim " + actual + " does not match " + expected);
        }
    }

    private static void compareTime(
            Problems problems, ObjectNode claims, String claim, ObjectNode credential, String property) {
        JsonNode actual = claims.get(claim);
        String value = text(credential.get(property));
        if (value == null) {
            if (actual != null) {
                problems.add(
                        Reason.JWT_CLAIMS_UNEXPECTED,
                        "the " + claim + " claim is present but the credential has no " + property);
            }
            return;
        }
        if (actual == null || !actual.isNumber()) {
            problems.add(
                    Reason.JWT_CLAIMS_MISSING,
                    "the " + claim + " claim is missing or not a NumericDate (expected " + property + " " + value
                            + ")");
            return;
        }
        try {
            long seconds = OffsetDateTime.parse(value).toEpochSecond();
            if (seconds != actual.asLong()) {
                problems.add(
                        Reason.JWT_CLAIMS_MISMATCH,
                        "the " + claim + " claim " + actual.asLong() + " does not match " + property + " " + value);
            }
        } catch (DateTimeParseException e) {
            problems.add(Reason.JWT_CLAIMS_MALFORMED, property + " is not a date-time: " + value);
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }
}
