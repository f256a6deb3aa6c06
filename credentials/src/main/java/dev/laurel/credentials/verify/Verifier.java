package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.bake.BadgeStandard;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.bake.ImageKind;
import dev.laurel.credentials.bake.UnbakeResult;
import dev.laurel.credentials.did.CachingResolver;
import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.CachingFetcher;
import dev.laurel.credentials.http.GuardedHttpFetcher;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import dev.laurel.credentials.json.Utf8;
import dev.laurel.credentials.ob2.OpenBadges2Verifier;
import dev.laurel.credentials.pdf.CertificatePdf;
import dev.laurel.credentials.pdf.PdfContents;
import dev.laurel.credentials.pdf.Seal;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.proof.ProofSetLimits;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.schema.SchemaValidator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Verifies credentials: Open Badges 3.0, CLR 2.0 and other Verifiable Credentials (Data Integrity {@code
 * eddsa-rdfc-2022}, {@code eddsa-jcs-2022}, {@code ecdsa-rdfc-2019}, {@code ecdsa-jcs-2019} or {@code
 * Ed25519Signature2020}, or VC-JWT), and Open Badges 2.0 assertions (hosted or signed), given as JSON, a compact JWS, a
 * PNG or SVG with the credential baked in, or a certificate PDF carrying it (its PAdES seal checked too, as {@code
 * seal}).
 *
 * <p>{@link #verify(byte[])} never throws for bad input: unreadable input, a wrong signature, an unknown context, a
 * revoked status — each becomes a failed check in the {@link VerificationReport}, which lists every check by its
 * stable {@link CheckId}. Time comes from the injected {@link Clock}; keys, DID documents and status lists come
 * through the injected resolver and fetchers, optionally remembered for a time ({@link Builder#caching}). {@link
 * #verifyAll} verifies many at once on all cores. Thread-safe when the resolver and fetchers are.
 */
public final class Verifier {

    /** Status lists larger than this are fetched again each time rather than kept in the cache. */
    private static final int MAX_CACHED_STATUS_LIST_BYTES = 16 * 1024 * 1024;

    /** What a check that threw says: the input is not to blame, and Laurel's internals are not the reader's. */
    static final String INCOMPLETE =
            "the check could not complete: an unexpected error in Laurel while reading this input (please report it)";

    private final Clock clock;
    private final VerificationMethodResolver resolver;
    private final HttpFetcher fetcher;
    private final HttpFetcher statusFetcher;
    private final SchemaValidator schemas;
    private final List<Check> checks;
    private final OpenBadges2Verifier openBadges2;
    private final ProofSetLimits proofSetLimits;

    private Verifier(Builder builder) {
        this.clock = builder.clock;
        this.proofSetLimits = builder.proofSetLimits;
        this.fetcher = builder.fetcher;
        VerificationMethodResolver resolver = builder.resolver != null ? builder.resolver : new DidResolver(fetcher);
        HttpFetcher statusFetcher = builder.statusFetcher != null ? builder.statusFetcher : fetcher;
        if (builder.cacheTtl != null) {
            resolver = new CachingResolver(resolver, clock, builder.cacheTtl, builder.cacheEntries);
            statusFetcher = new CachingFetcher(
                    statusFetcher, clock, builder.cacheTtl, builder.cacheEntries, MAX_CACHED_STATUS_LIST_BYTES);
        }
        this.resolver = resolver;
        this.statusFetcher = statusFetcher;
        this.schemas = SchemaValidator.instance();
        this.openBadges2 = new OpenBadges2Verifier(clock, fetcher);
        this.checks = List.of(
                new ContextCheck(),
                new TypeCheck(),
                new SchemaCheck(),
                new SubjectCheck(),
                new ProofCheck(),
                new IssuerCheck(),
                new JwtClaimsCheck(),
                ValidityCheck.validFrom(),
                ValidityCheck.validUntil(),
                new StatusCheck(),
                new EndorsementsCheck());
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies a credential in any form Laurel reads: JSON, a compact JWS, a baked PNG or SVG, or a certificate PDF
     * (the embedded credential verified, and a {@code seal} check of the PDF's PAdES seal).
     */
    public VerificationReport verify(byte[] input) {
        if (input == null || input.length == 0) {
            return unreadable("the input is empty");
        }
        if (CertificatePdf.looksLikePdf(input)) {
            return verifyPdf(input);
        }
        ImageKind kind = ImageKind.detect(input);
        if (kind == ImageKind.OTHER) {
            String text;
            try {
                text = Utf8.decode(input);
            } catch (MalformedJsonException e) {
                return unreadable(e.getMessage());
            }
            return verifyText(text, "");
        }
        return switch (Baker.unbake(input)) {
            case UnbakeResult.Found found
            when found.payload().standard() == BadgeStandard.OPEN_BADGES_2_0 ->
                openBadges2.verify(found.payload().text());
            case UnbakeResult.Found found ->
                verifyText(found.payload().text(), "a " + kind + " image with a baked " + "credential: ");
            case UnbakeResult.NotBaked notBaked ->
                unreadable(Reason.FORMAT_NOT_BAKED, "the " + kind + " image carries no baked credential");
            case UnbakeResult.Unreadable unreadable -> unreadable(unreadable.message());
        };
    }

    private VerificationReport verifyPdf(byte[] pdf) {
        return switch (CertificatePdf.read(pdf)) {
            case PdfContents.Unreadable unreadable -> unreadable(unreadable.message());
            case PdfContents.NoCredential none ->
                withSeal(
                        unreadable(
                                Reason.FORMAT_NO_CREDENTIAL_IN_PDF,
                                "no credential inside this PDF: it embeds neither " + CertificatePdf.JSON_FILE + " nor "
                                        + CertificatePdf.JWT_FILE),
                        pdf);
            case PdfContents.Carried carried ->
                withSeal(verifyText(carried.credential(), "a certificate PDF carrying " + carried.name() + ": "), pdf);
        };
    }

    private static VerificationReport withSeal(VerificationReport report, byte[] pdf) {
        List<CheckResult> checks = new ArrayList<>(report.checks());
        checks.add(Seal.check(pdf));
        return new VerificationReport(
                checks, report.credential(), report.format(), report.linked(), report.endorsements());
    }

    /**
     * Verifies many credentials at once, on all cores: {@link #verify(byte[])} for each input, the reports in input
     * order. Each verification runs in a virtual thread, so one waiting for a DID document or status list does not
     * hold a core; when the resolver and fetcher are caching, the first of many credentials of an issuer fetches for
     * the others.
     */
    public List<VerificationReport> verifyAll(List<byte[]> inputs) {
        List<Future<VerificationReport>> reports = new ArrayList<>(inputs.size());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (byte[] input : inputs) {
                reports.add(threads.submit(() -> verifySafely(input)));
            }
        }
        List<VerificationReport> ordered = new ArrayList<>(reports.size());
        for (Future<VerificationReport> report : reports) {
            ordered.add(report.resultNow());
        }
        return ordered;
    }

    private VerificationReport verifySafely(byte[] input) {
        try {
            return verify(input);
        } catch (RuntimeException e) {
            return unreadable(Reason.CHECK_INCOMPLETE, INCOMPLETE);
        }
    }

    /** Verifies a credential given as JSON text or a compact JWS. */
    public VerificationReport verify(String text) {
        return verifyText(text, "");
    }

    /** Verifies a credential with an embedded proof, or an Open Badges 2.0 assertion, already parsed. */
    public VerificationReport verify(JsonNode credential) {
        if (!(credential instanceof ObjectNode object)) {
            return unreadable("a credential must be a JSON object");
        }
        if (OpenBadges2Verifier.isAssertion(object)) {
            return openBadges2.verify(object);
        }
        Optional<String> other = OpenBadges2Verifier.otherObject(object);
        if (other.isPresent()) {
            return notAssertion("", other.get());
        }
        Optional<EndorsedBundle> bundle = EndorsedBundle.read(object);
        if (bundle.isPresent()) {
            return bundled(bundle.get(), "");
        }
        return run(object, null, "data-integrity", CheckResult.passed(CheckId.FORMAT, "a JSON credential"), 0);
    }

    /**
     * Verifies an enveloped credential: a VC-JWT is verified as {@link #verify(String)} does; any other envelope is a
     * report whose {@code format} check failed.
     */
    public VerificationReport verify(EnvelopedCredential enveloped) {
        if (!enveloped.isJwt()) {
            return unreadable(
                    Reason.FORMAT_UNSUPPORTED,
                    "an enveloped credential of media type " + enveloped.mediaType() + ": Laurel verifies "
                            + EnvelopedCredential.VC_JWT + " envelopes");
        }
        if (!DecodedJwt.looksLikeJwt(enveloped.content())) {
            return unreadable("the " + enveloped.mediaType() + " envelope does not hold a compact JWS");
        }
        return verifyText(enveloped.content(), "an " + EnvelopedCredential.TYPE + ": ");
    }

    private VerificationReport verifyText(String text, String carrier) {
        String body = text.startsWith("\uFEFF") ? text.substring(1).strip() : text.strip();
        if (body.isEmpty()) {
            return unreadable(carrier + "the input is empty");
        }
        if (body.startsWith("{") || body.startsWith("[")) {
            JsonNode json;
            try {
                json = Json.parse(body);
            } catch (MalformedJsonException e) {
                return unreadable(carrier + e.getMessage());
            }
            if (!(json instanceof ObjectNode object)) {
                return unreadable(carrier + "a credential must be a JSON object, not " + json.getNodeType());
            }
            if (OpenBadges2Verifier.isAssertion(object)) {
                return openBadges2.verify(object);
            }
            Optional<String> other = OpenBadges2Verifier.otherObject(object);
            if (other.isPresent()) {
                return notAssertion(carrier, other.get());
            }
            Optional<EndorsedBundle> bundle = EndorsedBundle.read(object);
            if (bundle.isPresent()) {
                return bundled(bundle.get(), carrier);
            }
            String format = object.has("proof") ? "a JSON credential with an embedded proof" : "a JSON credential";
            return run(object, null, "data-integrity", CheckResult.passed(CheckId.FORMAT, carrier + format), 0);
        }
        if (OpenBadges2Verifier.isSignedAssertion(body)) {
            return openBadges2.verifySigned(body);
        }
        if (DecodedJwt.looksLikeJwt(body)) {
            DecodedJwt jwt;
            try {
                jwt = DecodedJwt.parse(body);
            } catch (IllegalArgumentException e) {
                return unreadable(carrier + "not a valid VC-JWT: " + e.getMessage());
            }
            return run(jwt.credential(), jwt, "vc-jwt", CheckResult.passed(CheckId.FORMAT, carrier + "a VC-JWT"), 0);
        }
        return unreadable(carrier + "not a credential: expected JSON, a compact JWT, or a PNG or SVG image");
    }

    /** Verifies a credential fetched for another one (a status list), given as JSON or a compact JWS. */
    VerificationReport verifyNested(String text, int depth) {
        String body = text.strip();
        if (DecodedJwt.looksLikeJwt(body)) {
            try {
                DecodedJwt jwt = DecodedJwt.parse(body);
                return run(jwt.credential(), jwt, "vc-jwt", CheckResult.passed(CheckId.FORMAT, "a VC-JWT"), depth);
            } catch (IllegalArgumentException e) {
                return unreadable("not a valid VC-JWT: " + e.getMessage());
            }
        }
        try {
            JsonNode json = Json.parse(body);
            return json instanceof ObjectNode object
                    ? verifyEmbedded(object, depth)
                    : unreadable("a credential must be a JSON object");
        } catch (MalformedJsonException e) {
            return unreadable(e.getMessage());
        }
    }

    /** Verifies a credential found inside another (an endorsement) or fetched for it (a status list). */
    VerificationReport verifyEmbedded(ObjectNode credential, int depth) {
        return run(
                credential,
                null,
                "data-integrity",
                CheckResult.passed(CheckId.FORMAT, "an embedded credential"),
                depth);
    }

    /**
     * An endorsed-credential bundle: its first credential verified as it would be alone, its other credentials as
     * endorsements of it.
     */
    private VerificationReport bundled(EndorsedBundle bundle, String carrier) {
        ObjectNode credential = bundle.credential();
        String read = carrier + "an endorsed-credential bundle (an unsigned presentation) carrying a JSON credential"
                + (credential.has("proof") ? " with an embedded proof" : "") + " and "
                + bundle.endorsements().size() + " endorsement(s)";
        return run(
                credential, null, "data-integrity", CheckResult.passed(CheckId.FORMAT, read), 0, bundle.endorsements());
    }

    private VerificationReport run(ObjectNode credential, DecodedJwt jwt, String format, CheckResult read, int depth) {
        return run(credential, jwt, format, read, depth, List.of());
    }

    private VerificationReport run(
            ObjectNode credential,
            DecodedJwt jwt,
            String format,
            CheckResult read,
            int depth,
            List<ObjectNode> bundled) {
        VerificationContext context = new VerificationContext(credential, jwt, clock.instant(), this, depth, bundled);
        List<CheckResult> results = new ArrayList<>();
        results.add(read);
        for (Check check : checks) {
            results.addAll(runSafely(check, context));
        }
        return new VerificationReport(results, Optional.of(credential), format, Map.of(), context.endorsements());
    }

    private static List<CheckResult> runSafely(Check check, VerificationContext context) {
        try {
            return check.lines(context);
        } catch (RuntimeException e) {
            return List.of(CheckResult.failed(check.id(), Reason.CHECK_INCOMPLETE, INCOMPLETE));
        }
    }

    private static VerificationReport notAssertion(String carrier, String what) {
        return unreadable(
                Reason.FORMAT_NOT_ASSERTION,
                carrier + "an Open Badges 2.0 " + what + ", not an assertion or credential: verify the Assertion "
                        + "that awards the badge");
    }

    private static VerificationReport unreadable(String message) {
        return unreadable(Reason.FORMAT_MALFORMED, message);
    }

    private static VerificationReport unreadable(Reason reason, String message) {
        return new VerificationReport(
                List.of(CheckResult.failed(CheckId.FORMAT, reason, message)), Optional.empty(), "unknown");
    }

    Clock clock() {
        return clock;
    }

    VerificationMethodResolver resolver() {
        return resolver;
    }

    HttpFetcher fetcher() {
        return fetcher;
    }

    HttpFetcher statusFetcher() {
        return statusFetcher;
    }

    SchemaValidator schemas() {
        return schemas;
    }

    ProofSetLimits proofSetLimits() {
        return proofSetLimits;
    }

    /** Settings for a {@link Verifier}. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private HttpFetcher fetcher;
        private HttpFetcher statusFetcher;
        private VerificationMethodResolver resolver;
        private Duration cacheTtl;
        private int cacheEntries;
        private ProofSetLimits proofSetLimits = ProofSetLimits.DEFAULT;

        private Builder() {}

        /** The clock that says what "now" is for validity periods and status lists. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Fetches status lists, DID documents and hosted assertions. Default: {@link GuardedHttpFetcher#standard()}. */
        public Builder fetcher(HttpFetcher fetcher) {
            this.fetcher = fetcher;
            return this;
        }

        /** Resolves verification methods. Default: a {@link DidResolver} over the fetcher. */
        public Builder resolver(VerificationMethodResolver resolver) {
            this.resolver = resolver;
            return this;
        }

        /** Fetches status lists (Bitstring Status Lists, 1EdTech Revocation Lists). Default: the fetcher. */
        public Builder statusFetcher(HttpFetcher statusFetcher) {
            this.statusFetcher = statusFetcher;
            return this;
        }

        /**
         * Remembers resolved verification methods and fetched status lists for {@code ttl} by the clock, at most
         * {@code maxEntries} of each: the resolver and status fetcher are wrapped in a {@link CachingResolver} and a
         * {@link CachingFetcher}. For verifiers that see many credentials of the same issuers. Default: no cache.
         *
         * @throws IllegalArgumentException when {@code ttl} is not positive or {@code maxEntries} is less than 1
         */
        public Builder caching(Duration ttl, int maxEntries) {
            if (ttl.isNegative() || ttl.isZero() || maxEntries < 1) {
                throw new IllegalArgumentException("a cache needs a positive time to live and room for an entry");
            }
            this.cacheTtl = ttl;
            this.cacheEntries = maxEntries;
            return this;
        }

        /**
         * How much of a credential's proofs to examine: at most {@code maxProofs} (each may mean resolving a key over
         * the network), none begun after {@code maxTime}. Proofs beyond the limits are reported as not checked, and the
         * proof check fails when no proof by the issuer verified within them. Default: 5 proofs, 10 seconds ({@link
         * ProofSetLimits#DEFAULT}).
         *
         * @throws IllegalArgumentException when {@code maxProofs} is less than 1 or {@code maxTime} not positive
         */
        public Builder proofSetLimits(int maxProofs, Duration maxTime) {
            this.proofSetLimits = new ProofSetLimits(maxProofs, maxTime);
            return this;
        }

        public Verifier build() {
            if (fetcher == null) {
                fetcher = GuardedHttpFetcher.standard();
            }
            return new Verifier(this);
        }
    }
}
