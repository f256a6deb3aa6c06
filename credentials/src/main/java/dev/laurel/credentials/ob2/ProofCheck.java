package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The assertion is the issuer's: for a hosted assertion, the issuer serves it at its id (and what was given is that
 * same assertion); for a signed one, its RS256 signature verifies under a CryptographicKey.
 */
final class ProofCheck implements AssertionCheck {

    @Override
    public CheckId id() {
        return CheckId.PROOF;
    }

    @Override
    public CheckResult run(AssertionContext context) {
        return switch (context.securing()) {
            case Securing.Hosted hosted -> hosted(hosted);
            case Securing.Signed signed ->
                switch (context.signature()) {
                    case SignatureOutcome.Verified verified ->
                        CheckResult.passed(
                                id(), "RS256 signature verified with the CryptographicKey " + verified.keyUrl());
                    case SignatureOutcome.NotVerified notVerified ->
                        CheckResult.failed(id(), Reason.PROOF_INVALID, notVerified.message());
                };
            case Securing.Unsecured unsecured -> CheckResult.failed(id(), Reason.PROOF_MISSING, unsecured.reason());
        };
    }

    private CheckResult hosted(Securing.Hosted hosted) {
        String url = hosted.url().toString();
        return switch (hosted.copy()) {
            case Retrieval.NotRetrieved gone
            when gone.gone() ->
                CheckResult.failed(
                        id(), Reason.PROOF_GONE, url + " answered 410 Gone: the issuer no longer hosts this assertion");
            case Retrieval.NotRetrieved missing ->
                CheckResult.failed(
                        id(),
                        Reason.PROOF_UNREACHABLE,
                        "the hosted assertion cannot be fetched from its id: " + missing.message());
            case Retrieval.Retrieved copy -> compare(url, copy.document(), hosted.given());
        };
    }

    private CheckResult compare(String url, ObjectNode copy, Optional<ObjectNode> given) {
        if (!publishedAt(copy, url)) {
            return CheckResult.failed(
                    id(),
                    Reason.PROOF_NOT_AT_ID,
                    "the document at " + url + " has the id " + Nodes.describe(copy.get("id"))
                            + ": a hosted assertion must be published at its own id");
        }
        if (copy.path("revoked").asText().equals("true")) {
            return CheckResult.failed(
                    id(), Reason.PROOF_REVOKED, "the assertion hosted at " + url + " is marked revoked");
        }
        if (given.isPresent() && !given.get().equals(copy)) {
            return CheckResult.failed(
                    id(),
                    Reason.PROOF_MISMATCH,
                    "the assertion given differs from the one its issuer hosts at " + url + " (in "
                            + String.join(", ", differences(given.get(), copy)) + ")");
        }
        return CheckResult.passed(id(), "the issuer hosts this assertion at " + url);
    }

    /**
     * Whether {@code copy} names {@code url} as its id (or, in Open Badges 1.x form, as its verify url); an Open Badges
     * 0.5 assertion names no URL, and is identified by the one it is hosted at.
     */
    private static boolean publishedAt(ObjectNode copy, String url) {
        if (OpenBadges05.is(copy)) {
            return true;
        }
        Optional<String> verifyUrl = Nodes.verification(copy).flatMap(v -> Nodes.text(v.get("url")));
        return Nodes.idOf(copy.get("id")).filter(url::equals).isPresent()
                || verifyUrl.filter(url::equals).isPresent();
    }

    private static TreeSet<String> differences(ObjectNode given, ObjectNode copy) {
        TreeSet<String> names = new TreeSet<>();
        given.fieldNames().forEachRemaining(names::add);
        copy.fieldNames().forEachRemaining(names::add);
        names.removeIf(name -> Objects.equals(given.get(name), copy.get(name)));
        return names;
    }
}
