package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Problems;
import dev.laurel.credentials.report.Reason;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A VP-JWT (VC-JOSE-COSE §3.1.2): a JWT whose payload is the presentation — or, in the VC 1.1 form, carries it in the
 * {@code vp} claim — with the registered claims beside it: {@code nonce} answers the verifier's challenge, {@code aud}
 * names the domain it is meant for, {@code iss} and {@code jti} mirror holder and id, {@code nbf}, {@code iat} and
 * {@code exp} bound when it may be accepted. The checks of those claims, one result each.
 */
final class VpJwt {

    /** The claims that are not part of the presentation itself. */
    private static final Set<String> CLAIMS = Set.of("iss", "sub", "aud", "jti", "nbf", "exp", "iat", "nonce");

    /** The {@code typ} a VP-JWT may declare: its media type (with or without {@code application/}), or JWT. */
    private static final Set<String> TYPES =
            Set.of("vp+jwt", "application/vp+jwt", "vp-ld+jwt", "application/vp-ld+jwt", "jwt");

    private VpJwt() {}

    /** Why the JOSE header does not describe a VP-JWT, or empty when it does (no {@code typ} at all is accepted). */
    static Optional<String> headerProblem(DecodedJwt jwt) {
        JsonNode typ = jwt.header().get("typ");
        if (typ != null && !(typ.isTextual() && TYPES.contains(typ.asText().toLowerCase(Locale.ROOT)))) {
            return Optional.of("the JOSE header's typ " + typ + " is not that of a presentation (vp+jwt)");
        }
        JsonNode kid = jwt.header().get("kid");
        if (kid == null || !kid.isTextual() || kid.asText().isBlank()) {
            return Optional.of("the JOSE header names no key: a VP-JWT needs a kid naming the holder's key");
        }
        return Optional.empty();
    }

    /**
     * The presentation the payload carries: the {@code vp} claim when there is one, the payload without its registered
     * claims otherwise.
     *
     * @throws IllegalArgumentException when the {@code vp} claim is there but is not an object
     */
    static ObjectNode presentation(DecodedJwt jwt) {
        JsonNode vp = jwt.payload().get("vp");
        if (vp != null) {
            if (!(vp instanceof ObjectNode object)) {
                throw new IllegalArgumentException("the vp claim of the VP-JWT is not a JSON object");
            }
            return object.deepCopy();
        }
        ObjectNode presentation = jwt.payload().deepCopy();
        presentation.remove(CLAIMS);
        return presentation;
    }

    /** The {@code nonce} claim is the challenge asked for. */
    static CheckResult challenge(DecodedJwt jwt, String expected) {
        if (expected == null) {
            return CheckResult.skipped(CheckId.CHALLENGE, "no challenge was asked for");
        }
        JsonNode nonce = jwt.payload().get("nonce");
        if (nonce == null || !nonce.isTextual()) {
            return CheckResult.failed(
                    CheckId.CHALLENGE,
                    Reason.CHALLENGE_MISSING,
                    "the presentation carries no nonce to answer the challenge, expected '" + expected + "'");
        }
        if (!nonce.asText().equals(expected)) {
            return CheckResult.failed(
                    CheckId.CHALLENGE,
                    Reason.CHALLENGE_MISMATCH,
                    "the presentation answers the challenge '" + nonce.asText() + "', expected '" + expected + "'");
        }
        return CheckResult.passed(CheckId.CHALLENGE, "the presentation answers the challenge '" + expected + "'");
    }

    /** The {@code aud} claim — one string, or a set of them — is the domain asked for. */
    static CheckResult domain(DecodedJwt jwt, String expected) {
        if (expected == null) {
            return CheckResult.skipped(CheckId.DOMAIN, "no domain was asked for");
        }
        Set<String> audience =
                new TreeSet<>(VerificationContext.strings(jwt.payload().get("aud")));
        if (audience.isEmpty()) {
            return CheckResult.failed(
                    CheckId.DOMAIN,
                    Reason.DOMAIN_MISSING,
                    "the presentation names no audience (aud), expected '" + expected + "'");
        }
        if (!audience.equals(Set.of(expected))) {
            return CheckResult.failed(
                    CheckId.DOMAIN,
                    Reason.DOMAIN_MISMATCH,
                    "the presentation is meant for " + String.join(", ", audience) + ", expected '" + expected + "'");
        }
        return CheckResult.passed(CheckId.DOMAIN, "the presentation is meant for the domain '" + expected + "'");
    }

    /** {@code iss}, when there, is the holder, and {@code jti}, when there, is the presentation's id. */
    static CheckResult claims(DecodedJwt jwt, ObjectNode presentation) {
        Problems problems = new Problems();
        compare(
                problems,
                jwt.payload().get("iss"),
                "iss",
                VerificationContext.idOf(presentation.get("holder")),
                "holder");
        compare(problems, jwt.payload().get("jti"), "jti", text(presentation.get("id")), "id");
        return problems.isEmpty()
                ? CheckResult.passed(CheckId.JWT_CLAIMS, "the JWT claims agree with the presentation")
                : problems.failed(CheckId.JWT_CLAIMS);
    }

    private static void compare(
            Problems problems, JsonNode claim, String name, Optional<String> expected, String property) {
        if (claim == null || expected.isEmpty()) {
            return;
        }
        if (!claim.isTextual() || !claim.asText().equals(expected.get())) {
            problems.add(
                    Reason.JWT_CLAIMS_MISMATCH,
                    "the " + name + " claim " + claim + " does not match the presentation's " + property + " "
                            + expected.get());
        }
    }

    /** Now is not before {@code nbf}, nor before {@code iat}: a presentation is not accepted before it was made. */
    static CheckResult notBefore(DecodedJwt jwt, Instant now) {
        Problems problems = new Problems();
        boolean any = false;
        for (String claim : new String[] {"nbf", "iat"}) {
            JsonNode value = jwt.payload().get(claim);
            if (value == null) {
                continue;
            }
            any = true;
            if (!value.isNumber()) {
                problems.add(Reason.VALID_FROM_MALFORMED, "the " + claim + " claim is not a NumericDate: " + value);
            } else if (now.isBefore(Instant.ofEpochSecond(value.asLong()))) {
                problems.add(
                        Reason.VALID_FROM_NOT_YET_VALID,
                        "the presentation is not valid before " + Instant.ofEpochSecond(value.asLong()) + " (its "
                                + claim + " claim)");
            }
        }
        if (!problems.isEmpty()) {
            return problems.failed(CheckId.VALID_FROM);
        }
        return any
                ? CheckResult.passed(CheckId.VALID_FROM, "the presentation is already valid")
                : CheckResult.skipped(CheckId.VALID_FROM, "the presentation names no nbf or iat");
    }

    /** Now is before {@code exp} (RFC 7519 §4.1.4). */
    static CheckResult expiry(DecodedJwt jwt, Instant now) {
        JsonNode exp = jwt.payload().get("exp");
        if (exp == null) {
            return CheckResult.skipped(CheckId.VALID_UNTIL, "the presentation names no exp");
        }
        if (!exp.isNumber()) {
            return CheckResult.failed(
                    CheckId.VALID_UNTIL, Reason.VALID_UNTIL_MALFORMED, "the exp claim is not a NumericDate: " + exp);
        }
        Instant expires = Instant.ofEpochSecond(exp.asLong());
        if (!now.isBefore(expires)) {
            return CheckResult.failed(
                    CheckId.VALID_UNTIL,
                    Reason.VALID_UNTIL_EXPIRED,
                    "the presentation expired at " + expires + " (its exp claim)");
        }
        return CheckResult.passed(CheckId.VALID_UNTIL, "the presentation is valid until " + expires);
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}
