package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies Open Badges 2.0 assertions: hosted ones, given as JSON or as the URL they are hosted at, and signed ones,
 * given as a compact JWS (RS256).
 *
 * <p>A hosted assertion is fetched from its {@code id} and that copy, the source of truth, is the one examined; the
 * assertion given must equal it. Its BadgeClass is taken embedded or fetched, and the issuer Profile is always fetched
 * from its id: the assertion must be hosted within the issuer's verification policy (by default, the issuer's origin).
 * A signed assertion's signature must verify under the CryptographicKey its {@code verification.creator} names (or,
 * without one, a key the issuer lists), which the issuer must list in {@code publicKey} and which must name the issuer
 * as its {@code owner}. Both must not be revoked ({@code 410 Gone}, {@code "revoked": true}, or listed in the issuer's
 * revocation list), must have been issued ({@code issuedOn}) and must not have expired ({@code expires}). Open Badges
 * 0.5 and 1.x assertions are upgraded to 2.0 first, as the 1EdTech validator does, and the {@code format} check warns
 * that they were; a hosted 0.5 assertion names no URL, and is verified from the one it is fetched from.
 *
 * <p>The report lists the checks {@code format}, {@code context}, {@code type}, {@code schema}, {@code recipient},
 * {@code proof}, {@code issuer}, {@code valid-from}, {@code valid-until} and {@code status}; its {@code linked}
 * documents are the BadgeClass and issuer Profile the checks resolved (nothing is fetched for the report's sake), by
 * their ids. No method throws for bad
 * input: malformed JSON, values of the wrong type and unreachable URLs are failed checks with a message for a person.
 * Every URL is fetched through the injected {@link HttpFetcher}; "now" comes from the injected {@link Clock}.
 * Thread-safe when the fetcher is.
 */
public final class OpenBadges2Verifier {

    private static final List<AssertionCheck> CHECKS = List.of(
            new ContextCheck(),
            new TypeCheck(),
            new StructureCheck(),
            new RecipientCheck(),
            new ProofCheck(),
            new IssuerCheck(),
            TimeCheck.issuedOn(),
            TimeCheck.expires(),
            new RevocationCheck());
    private static final Set<String> HOSTED = Set.of("hosted", "HostedBadge", Nodes.VOCABULARY + "HostedBadge");
    private static final Set<String> SIGNED = Set.of("signed", "SignedBadge", Nodes.VOCABULARY + "SignedBadge");
    private static final Set<String> VC_CONTEXTS =
            Set.of("https://www.w3.org/ns/credentials/v2", "https://www.w3.org/2018/credentials/v1");

    private final Clock clock;
    private final HttpFetcher fetcher;

    /**
     * @param clock what "now" is for {@code issuedOn} and {@code expires}
     * @param fetcher fetches hosted assertions, BadgeClasses, issuer Profiles, keys and revocation lists; in
     *     production a {@link dev.laurel.credentials.http.GuardedHttpFetcher}
     */
    public OpenBadges2Verifier(Clock clock, HttpFetcher fetcher) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    /** Verifies an assertion given as text: JSON (hosted), an http(s) URL (hosted), or a compact JWS (signed). */
    public VerificationReport verify(String input) {
        String text = input == null
                ? ""
                : input.startsWith("\uFEFF") ? input.substring(1).strip() : input.strip();
        if (text.isEmpty()) {
            return unreadable("the input is empty");
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                return verify(Json.parse(text));
            } catch (MalformedJsonException e) {
                return unreadable(e.getMessage());
            }
        }
        Optional<URI> url = Nodes.httpUrl(text);
        if (url.isPresent()) {
            return verify(url.get());
        }
        if (DecodedJwt.looksLikeJwt(text)) {
            return verifySigned(text);
        }
        return unreadable("not an Open Badges 2.0 assertion: expected JSON, a compact JWS or an http(s) URL");
    }

    /** Verifies a hosted assertion given as JSON: it is fetched again from its id and compared. */
    public VerificationReport verify(JsonNode assertion) {
        if (!(assertion instanceof ObjectNode given)) {
            return unreadable("an assertion must be a JSON object, not " + Nodes.describe(assertion));
        }
        return verifyGiven(given, new Documents(fetcher), "a JSON assertion");
    }

    /** Verifies the hosted assertion at {@code url} (or the signed one, when the URL serves a compact JWS). */
    public VerificationReport verify(URI url) {
        if (url == null || Nodes.httpUrl(url.toString()).isEmpty()) {
            return unreadable(Reason.FORMAT_UNSUPPORTED, "only http(s) URLs are fetched, not " + url);
        }
        Documents documents = new Documents(fetcher);
        return switch (documents.fetch(url)) {
            case FetchResult.Failed failed
            when Documents.isGone(failed) ->
                new VerificationReport(
                        List.of(
                                CheckResult.failed(
                                        CheckId.FORMAT,
                                        Reason.FORMAT_GONE,
                                        url + " answered 410 Gone: no assertion is hosted" + " there any more"),
                                CheckResult.failed(
                                        CheckId.STATUS,
                                        Reason.STATUS_REVOKED,
                                        "revoked: " + url + " answered 410 Gone")),
                        Optional.empty(),
                        "unknown");
            case FetchResult.Failed failed ->
                unreadable(Reason.FORMAT_UNREACHABLE, "could not fetch the assertion: " + failed.message());
            case FetchResult.Fetched fetched -> fetched(url, fetched, documents);
        };
    }

    private VerificationReport fetched(URI url, FetchResult.Fetched fetched, Documents documents) {
        try {
            return fetched(url, fetched.text().strip(), documents);
        } catch (MalformedJsonException e) {
            return unreadable("the assertion at " + url + " is not JSON: " + e.getMessage());
        }
    }

    /** Verifies a signed assertion given as a compact JWS whose payload is the assertion. */
    public VerificationReport verifySigned(String compactJws) {
        DecodedJwt jws;
        try {
            jws = DecodedJwt.parse(compactJws == null ? "" : compactJws);
        } catch (IllegalArgumentException e) {
            return unreadable("not a signed Open Badges 2.0 assertion: " + e.getMessage());
        }
        return run(jws.payload(), new Securing.Signed(jws), new Documents(fetcher), "a signed assertion (compact JWS)");
    }

    /**
     * Whether {@code json} is an Open Badges 2.0 (or 1.x) assertion rather than a Verifiable Credential: its {@code
     * type} includes {@code Assertion}, or, untyped, it has {@code recipient}, {@code badge} and {@code
     * verification} (or {@code verify}). Anything typed or in the context of a Verifiable Credential is not.
     */
    public static boolean isAssertion(JsonNode json) {
        if (!(json instanceof ObjectNode object)) {
            return false;
        }
        boolean credential = Nodes.strings(object.get("type")).contains("VerifiableCredential")
                || Nodes.strings(object.get("@context")).stream().anyMatch(VC_CONTEXTS::contains);
        if (credential) {
            return false;
        }
        return Nodes.hasType(object, "Assertion")
                || object.get("type") == null && OpenBadges05.is(object)
                || object.get("type") == null
                        && object.has("recipient")
                        && object.has("badge")
                        && (object.has("verification") || object.has("verify"));
    }

    /**
     * What Open Badges 2.0 object other than an assertion {@code json} is — "BadgeClass", "issuer Profile",
     * "CryptographicKey", "RevocationList" — by its {@code type}, when it is no Verifiable Credential; empty otherwise.
     */
    public static Optional<String> otherObject(JsonNode json) {
        if (!(json instanceof ObjectNode object) || isAssertion(object)) {
            return Optional.empty();
        }
        List<String> types = Nodes.strings(object.get("type"));
        if (types.contains("VerifiableCredential")
                || Nodes.strings(object.get("@context")).stream().anyMatch(VC_CONTEXTS::contains)) {
            return Optional.empty();
        }
        for (String type : types) {
            switch (type) {
                case "BadgeClass", "CryptographicKey", "RevocationList", "Endorsement" -> {
                    return Optional.of(type);
                }
                case "Issuer", "Profile" -> {
                    return Optional.of("issuer Profile");
                }
                default -> {}
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} is a compact JWS whose payload {@link #isAssertion is an assertion}; nothing is verified. */
    public static boolean isSignedAssertion(String text) {
        if (text == null || !DecodedJwt.looksLikeJwt(text)) {
            return false;
        }
        try {
            return isAssertion(DecodedJwt.parse(text).payload());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private VerificationReport fetched(URI url, String body, Documents documents) {
        if (DecodedJwt.looksLikeJwt(body)) {
            return verifySigned(body);
        }
        return switch (Documents.parse(url, body, "the assertion")) {
            case Retrieval.NotRetrieved unreadable -> unreadable(unreadable.message());
            case Retrieval.Retrieved retrieved
            when hostedUrl(retrieved.document()).filter(url::equals).isPresent()
                    || OpenBadges05.is(retrieved.document()) ->
                run(
                        retrieved.document(),
                        new Securing.Hosted(url, Optional.empty(), retrieved),
                        documents,
                        "an assertion hosted at " + url);
            case Retrieval.Retrieved retrieved ->
                verifyGiven(retrieved.document(), documents, "an assertion fetched from " + url);
        };
    }

    private VerificationReport verifyGiven(ObjectNode given, Documents documents, String read) {
        Securing securing = securing(given, documents);
        ObjectNode examined =
                securing instanceof Securing.Hosted hosted && hosted.copy() instanceof Retrieval.Retrieved copy
                        ? copy.document()
                        : given;
        return run(examined, securing, documents, read);
    }

    private static Securing securing(ObjectNode given, Documents documents) {
        List<String> types = Nodes.verification(given)
                .map(verification -> Nodes.strings(verification.get("type")))
                .orElse(List.of());
        if (types.stream().anyMatch(SIGNED::contains)) {
            return new Securing.Unsecured("the assertion declares SignedBadge verification but was given as JSON: a"
                    + " signed assertion is verified from its JWS, which carries the signature");
        }
        if (!types.isEmpty() && types.stream().noneMatch(HOSTED::contains)) {
            return new Securing.Unsecured("unsupported verification type " + types + ": Laurel verifies hosted and"
                    + " signed Open Badges 2.0 assertions");
        }
        Optional<URI> url = hostedUrl(given);
        if (url.isEmpty() && OpenBadges05.is(given)) {
            return new Securing.Unsecured("an Open Badges 0.5 assertion names no URL of its own: it is verified from"
                    + " the URL it is hosted at (give that URL, or the badge image baked with it)");
        }
        if (url.isEmpty()) {
            return new Securing.Unsecured("a hosted assertion is fetched from its id, but its id is "
                    + Nodes.describe(given.get("id")) + ", not an http(s) URL");
        }
        return new Securing.Hosted(
                url.get(), Optional.of(given), documents.get(url.get().toString(), "the hosted" + " assertion"));
    }

    /** Where a hosted assertion lives: its http(s) id, or, in Open Badges 1.x form, its verify url. */
    private static Optional<URI> hostedUrl(ObjectNode assertion) {
        Optional<URI> id = Nodes.idOf(assertion.get("id")).flatMap(Nodes::httpUrl);
        if (id.isPresent()) {
            return id;
        }
        return Nodes.verification(assertion)
                .flatMap(v -> Nodes.text(v.get("url")))
                .flatMap(Nodes::httpUrl);
    }

    private VerificationReport run(ObjectNode examined, Securing securing, Documents documents, String read) {
        AssertionVersion version = AssertionVersion.of(examined);
        Optional<URI> hostedAt =
                securing instanceof Securing.Hosted hosted ? Optional.of(hosted.url()) : Optional.empty();
        ObjectNode assertion = version.upgrade(examined, hostedAt);
        AssertionContext context = new AssertionContext(assertion, version, securing, clock.instant(), documents);
        List<CheckResult> results = new ArrayList<>();
        results.add(
                switch (version) {
                    case V0_5 ->
                        CheckResult.warning(
                                CheckId.FORMAT,
                                Reason.FORMAT_OB05_UPGRADED,
                                read + ": Open Badges 0.5, read as 2.0 (context, types, verification, recipient,"
                                        + " dates and the embedded badge and issuer upgraded as the 1EdTech validator"
                                        + " does)");
                    case V1 ->
                        CheckResult.warning(
                                CheckId.FORMAT,
                                Reason.FORMAT_OB1_UPGRADED,
                                read + ": Open Badges 1.x, read as 2.0 (context, types, verification, recipient and"
                                        + " dates upgraded as the 1EdTech validator does)");
                    case V2 -> CheckResult.passed(CheckId.FORMAT, read);
                });
        for (AssertionCheck check : CHECKS) {
            results.add(runSafely(check, context));
        }
        String format =
                switch (securing) {
                    case Securing.Hosted hosted -> "ob2 hosted";
                    case Securing.Signed signed -> "ob2 signed";
                    case Securing.Unsecured unsecured -> "ob2";
                };
        return new VerificationReport(
                results, Optional.of(assertion), format, context.linked().found());
    }

    private static CheckResult runSafely(AssertionCheck check, AssertionContext context) {
        try {
            return check.run(context);
        } catch (RuntimeException e) {
            return CheckResult.failed(
                    check.id(),
                    Reason.CHECK_INCOMPLETE,
                    "the check could not complete: an unexpected error in Laurel while reading this assertion "
                            + "(please report it)");
        }
    }

    private static VerificationReport unreadable(String message) {
        return unreadable(Reason.FORMAT_MALFORMED, message);
    }

    private static VerificationReport unreadable(Reason reason, String message) {
        return new VerificationReport(
                List.of(CheckResult.failed(CheckId.FORMAT, reason, message)), Optional.empty(), "unknown");
    }
}
