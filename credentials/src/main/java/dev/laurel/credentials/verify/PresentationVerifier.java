package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.did.VerificationMethod;
import dev.laurel.credentials.proof.DataIntegrityVerifier;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.proof.JwtVerifier;
import dev.laurel.credentials.proof.ProofResult;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.PresentationReport;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies Verifiable Presentations: the holder's Data Integrity {@code eddsa-rdfc-2022} proof made for {@code
 * authentication}, answering the verifier's challenge for its domain (VC Data Integrity §4.5), the holder's control of
 * the proving key, and every credential the presentation carries, each with the {@link Verifier} it is built on — a
 * credential without a proof only when it is self-asserted: issued by the holder, who signed the presentation.
 *
 * <p>An {@value EnvelopedPresentation#TYPE} (VC Data Model 2.0 §4.13.2) holding a VP-JWT, or the VP-JWT itself, is
 * verified the same way: the JWS made with the holder's key its {@code kid} names, {@code nonce} as the challenge,
 * {@code aud} as the domain, {@code iss} and {@code jti} agreeing with holder and id, {@code nbf}, {@code iat} and
 * {@code exp} against the clock, and the credentials in its payload.
 *
 * <p>A carried credential may also be a VC-JWT given as its compact JWS string, as a VP-JWT of the VC Data Model
 * 1.1 form carries them (OpenID4VP 1.0 §B.1.3.1, format {@code jwt_vc_json}); it is verified as {@link
 * Verifier#verify(String)} verifies one, and is left out of the presentation's JSON-LD {@code context} check: a JWS is
 * not JSON-LD.
 *
 * <p>Like the {@link Verifier}, it never throws for bad input: each problem is a failed check in the presentation's
 * report. Time, keys and status lists come from that verifier. Thread-safe when the verifier is.
 */
public final class PresentationVerifier {

    /** The proof purpose of a holder's proof. */
    public static final String AUTHENTICATION = "authentication";

    /** The longest VP-JWT read: past it, the input is refused before it is decoded. */
    static final int MAX_JWT_CHARS = 4 * 1024 * 1024;

    private final Verifier credentials;

    public PresentationVerifier(Verifier credentials) {
        this.credentials = credentials;
    }

    /**
     * Verifies a presentation secured by its holder.
     *
     * @param challenge the challenge every proof must carry, or null when the caller asks for none
     * @param domain the domain every proof must be meant for, or null when the caller asks for none
     */
    public PresentationReport verify(JsonNode presentation, String challenge, String domain) {
        if (EnvelopedPresentation.isEnveloped(presentation)) {
            return enveloped((ObjectNode) presentation, challenge, domain);
        }
        return run(presentation, challenge, domain, true);
    }

    /**
     * Verifies a VP-JWT given as its compact JWS, as {@link #verify(JsonNode, String, String)} verifies it enveloped.
     *
     * @param challenge the challenge its {@code nonce} must be, or null when the caller asks for none
     * @param domain the domain its {@code aud} must be, or null when the caller asks for none
     */
    public PresentationReport verifyJwt(String compactJws, String challenge, String domain) {
        return vpJwt(compactJws, "", challenge, domain);
    }

    /** Verifies the credentials of a presentation that carries no proof of its own, and its shape. */
    public PresentationReport verifyUnsecured(JsonNode presentation) {
        return run(presentation, null, null, false);
    }

    private PresentationReport run(JsonNode input, String challenge, String domain, boolean secured) {
        if (!(input instanceof ObjectNode presentation)) {
            return unreadable(CheckResult.failed(
                    CheckId.FORMAT, Reason.FORMAT_MALFORMED, "a presentation must be a JSON object"));
        }
        List<CheckResult> checks = new ArrayList<>();
        checks.add(CheckResult.passed(
                CheckId.FORMAT, secured ? "a JSON presentation" : "a JSON presentation without a proof"));
        checks.add(context(presentation));
        checks.add(type(presentation));
        Optional<VerificationMethod> holderKey = Optional.empty();
        if (secured) {
            ProofResult proof = proof(presentation);
            checks.add(
                    switch (proof) {
                        case ProofResult.Valid valid -> CheckResult.passed(CheckId.PROOF, valid.description());
                        case ProofResult.Invalid invalid ->
                            CheckResult.failed(
                                    CheckId.PROOF,
                                    presentation.has("proof") ? Reason.PROOF_INVALID : Reason.PROOF_MISSING,
                                    invalid.message());
                    });
            if (proof instanceof ProofResult.Valid valid) {
                holderKey = Optional.of(valid.method());
            }
            checks.add(ProofExpectations.challenge(presentation, challenge));
            checks.add(ProofExpectations.domain(presentation, domain));
            checks.add(holder(presentation, holderKey));
        } else {
            checks.add(
                    CheckResult.skipped(CheckId.PROOF, "an unsecured presentation: only its credentials are checked"));
            malformedHolder(presentation).ifPresent(checks::add);
        }
        String format = secured ? "presentation data-integrity" : "presentation unsecured";
        return carried(presentation, holderKey, checks, format);
    }

    /**
     * An {@value EnvelopedPresentation#TYPE}: its {@code @context} begins with the VC 2.0 context, its {@code id} is a
     * {@code data:} URL holding a VP-JWT, and that VP-JWT verifies.
     */
    private PresentationReport enveloped(ObjectNode envelope, String challenge, String domain) {
        Optional<CheckResult> context = EnvelopedPresentation.contextProblem(envelope);
        if (context.isPresent()) {
            return unreadable(context.get());
        }
        EnvelopedPresentation enveloped;
        try {
            enveloped = EnvelopedPresentation.parse(envelope);
        } catch (IllegalArgumentException e) {
            return unreadable(CheckResult.failed(CheckId.FORMAT, Reason.FORMAT_MALFORMED, e.getMessage()));
        }
        if (!enveloped.isJwt()) {
            return unreadable(CheckResult.failed(
                    CheckId.FORMAT,
                    Reason.FORMAT_UNSUPPORTED,
                    "an enveloped presentation of media type " + enveloped.mediaType() + ": Laurel verifies "
                            + EnvelopedPresentation.VP_JWT + " envelopes"));
        }
        return vpJwt(enveloped.content(), "an " + EnvelopedPresentation.TYPE + ": ", challenge, domain);
    }

    /** A VP-JWT: read strictly and bounded, then each check of a secured presentation, from its claims. */
    private PresentationReport vpJwt(String compactJws, String carrier, String challenge, String domain) {
        if (compactJws.length() > MAX_JWT_CHARS) {
            return unreadable(CheckResult.failed(
                    CheckId.FORMAT,
                    Reason.FORMAT_MALFORMED,
                    carrier + "the VP-JWT is longer than " + MAX_JWT_CHARS + " characters"));
        }
        if (!DecodedJwt.looksLikeJwt(compactJws)) {
            return unreadable(CheckResult.failed(
                    CheckId.FORMAT,
                    Reason.FORMAT_MALFORMED,
                    carrier + "not a VP-JWT: expected a compact JWS (three base64url parts separated by dots)"));
        }
        DecodedJwt jwt;
        ObjectNode presentation;
        try {
            jwt = DecodedJwt.parse(compactJws);
            presentation = VpJwt.presentation(jwt);
        } catch (IllegalArgumentException e) {
            return unreadable(CheckResult.failed(
                    CheckId.FORMAT, Reason.FORMAT_MALFORMED, carrier + "not a valid VP-JWT: " + e.getMessage()));
        }
        Optional<String> header = VpJwt.headerProblem(jwt);
        if (header.isPresent()) {
            return unreadable(CheckResult.failed(CheckId.FORMAT, Reason.FORMAT_MALFORMED, carrier + header.get()));
        }
        List<CheckResult> checks = new ArrayList<>();
        checks.add(CheckResult.passed(CheckId.FORMAT, carrier + "a VP-JWT"));
        checks.add(context(presentation));
        checks.add(type(presentation));
        ProofResult proof = new JwtVerifier(credentials.resolver()).verify(jwt);
        Optional<VerificationMethod> holderKey = Optional.empty();
        switch (proof) {
            case ProofResult.Valid valid -> {
                checks.add(CheckResult.passed(CheckId.PROOF, valid.description()));
                holderKey = Optional.of(valid.method());
            }
            case ProofResult.Invalid invalid ->
                checks.add(CheckResult.failed(CheckId.PROOF, Reason.PROOF_INVALID, invalid.message()));
        }
        checks.add(VpJwt.challenge(jwt, challenge));
        checks.add(VpJwt.domain(jwt, domain));
        checks.add(holder(presentation, holderKey));
        checks.add(VpJwt.claims(jwt, presentation));
        Instant now = credentials.clock().instant();
        checks.add(VpJwt.notBefore(jwt, now));
        checks.add(VpJwt.expiry(jwt, now));
        return carried(presentation, holderKey, checks, "presentation vp-jwt");
    }

    /** Adds the report of each credential {@code presentation} carries, and their summary, to its checks. */
    private PresentationReport carried(
            ObjectNode presentation, Optional<VerificationMethod> holderKey, List<CheckResult> checks, String format) {
        List<VerificationReport> reports = new ArrayList<>();
        for (JsonNode credential : VerifiablePresentations.credentials(presentation)) {
            if (credential.isTextual() && DecodedJwt.looksLikeJwt(credential.asText())) {
                reports.add(credentials.verify(credential.asText()));
            } else if (EnvelopedCredential.isEnveloped(credential)) {
                reports.add(enveloped(credential));
            } else {
                reports.add(selfAsserted(presentation, credential, holderKey));
            }
        }
        checks.add(VerifiablePresentations.summary(reports));
        return new PresentationReport(new VerificationReport(checks, Optional.of(presentation), format), reports);
    }

    private static PresentationReport unreadable(CheckResult failure) {
        return new PresentationReport(new VerificationReport(List.of(failure), Optional.empty(), "unknown"), List.of());
    }

    /**
     * The report of a carried credential; one without a proof whose issuer is the holder that signed the presentation
     * is self-asserted, secured by the presentation's proof (VC Data Model 2.0 §4.13.4), so its proof and issuer
     * checks pass on the holder's. Any other credential without a proof fails as it would alone.
     */
    private VerificationReport selfAsserted(
            ObjectNode presentation, JsonNode credential, Optional<VerificationMethod> holderKey) {
        VerificationReport report = credentials.verify(credential);
        Optional<String> holder = VerificationContext.idOf(presentation.get("holder"));
        boolean selfAsserted = credential.isObject()
                && !credential.has("proof")
                && holderKey.isPresent()
                && holder.isPresent()
                && holder.get().equals(holderKey.get().controller())
                && holder.equals(VerificationContext.idOf(credential.get("issuer")));
        if (!selfAsserted) {
            return report;
        }
        String key = holderKey.get().id();
        List<CheckResult> checks = report.checks().stream()
                .map(check -> switch (check.id()) {
                    case PROOF ->
                        CheckResult.passed(
                                CheckId.PROOF,
                                "self-asserted: secured by the holder's proof on the presentation, made with " + key);
                    case ISSUER ->
                        CheckResult.passed(
                                CheckId.ISSUER,
                                "the issuer " + holder.get() + " is the holder, who signed the presentation");
                    default -> check;
                })
                .toList();
        return new VerificationReport(checks, report.credential(), report.format(), report.linked());
    }

    private VerificationReport enveloped(JsonNode credential) {
        try {
            return credentials.verify(EnvelopedCredential.parse(credential));
        } catch (IllegalArgumentException e) {
            return new VerificationReport(
                    List.of(CheckResult.failed(CheckId.FORMAT, Reason.FORMAT_MALFORMED, e.getMessage())),
                    Optional.empty(),
                    "unknown");
        }
    }

    private CheckResult context(ObjectNode presentation) {
        if (!presentation.has("@context")) {
            return CheckResult.failed(CheckId.CONTEXT, Reason.CONTEXT_MISSING, "the presentation has no @context");
        }
        return new ContextCheck()
                .run(new VerificationContext(
                        withoutCompactJwts(presentation),
                        null,
                        credentials.clock().instant(),
                        credentials,
                        0));
    }

    /** The presentation without the compact VC-JWTs it carries as strings: they are verified alone, not as JSON-LD. */
    private static ObjectNode withoutCompactJwts(ObjectNode presentation) {
        JsonNode carried = presentation.get("verifiableCredential");
        if (carried == null || !(carried.isTextual() || carried.isArray())) {
            return presentation;
        }
        List<JsonNode> kept = VerifiablePresentations.credentials(presentation).stream()
                .filter(credential -> !(credential.isTextual() && DecodedJwt.looksLikeJwt(credential.asText())))
                .toList();
        if (kept.size() == VerifiablePresentations.credentials(presentation).size()) {
            return presentation;
        }
        ObjectNode copy = presentation.deepCopy();
        if (kept.isEmpty()) {
            copy.remove("verifiableCredential");
        } else {
            copy.putArray("verifiableCredential").addAll(kept);
        }
        return copy;
    }

    private static CheckResult type(ObjectNode presentation) {
        List<String> types = VerificationContext.strings(presentation.get("type"));
        return types.contains("VerifiablePresentation")
                ? CheckResult.passed(CheckId.TYPE, "type " + types)
                : CheckResult.failed(
                        CheckId.TYPE,
                        Reason.TYPE_NOT_PRESENTATION,
                        "type must include VerifiablePresentation, found " + types);
    }

    private ProofResult proof(ObjectNode presentation) {
        if (!presentation.has("proof")) {
            return new ProofResult.Invalid("the presentation has no proof: its holder did not sign it");
        }
        return new DataIntegrityVerifier(credentials.resolver())
                .verify(presentation, AUTHENTICATION, credentials.clock().instant());
    }

    /** A failed holder check when {@code holder} is there but is neither a URL nor an object with an id. */
    private static Optional<CheckResult> malformedHolder(ObjectNode presentation) {
        JsonNode holder = presentation.get("holder");
        if (holder == null || VerificationContext.idOf(holder).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(CheckResult.failed(
                CheckId.HOLDER,
                Reason.HOLDER_MALFORMED,
                "the holder must be a URL or an object with an id (VC Data Model 2.0 §4.13), not " + holder));
    }

    /** The holder, when named, controls the key that made the valid proof (VCALM "Verify Presentation"). */
    private static CheckResult holder(ObjectNode presentation, Optional<VerificationMethod> key) {
        Optional<CheckResult> malformed = malformedHolder(presentation);
        if (malformed.isPresent()) {
            return malformed.get();
        }
        Optional<String> holder = VerificationContext.idOf(presentation.get("holder"));
        if (holder.isEmpty()) {
            return CheckResult.skipped(CheckId.HOLDER, "the presentation names no holder");
        }
        if (key.isEmpty()) {
            return CheckResult.skipped(
                    CheckId.HOLDER, "no valid proof, so no key to bind to the holder " + holder.get());
        }
        if (holder.get().equals(key.get().controller())) {
            return CheckResult.passed(
                    CheckId.HOLDER,
                    "the holder " + holder.get() + " controls the proving key "
                            + key.get().id());
        }
        return CheckResult.failed(
                CheckId.HOLDER,
                Reason.HOLDER_NOT_CONTROLLER,
                "the proving key " + key.get().id() + " is controlled by "
                        + key.get().controller() + ", not by the holder " + holder.get());
    }
}
