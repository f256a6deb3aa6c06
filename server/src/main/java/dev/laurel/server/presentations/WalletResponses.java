package dev.laurel.server.presentations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.PresentationReport;
import dev.laurel.credentials.verify.PresentationVerifier;
import dev.laurel.server.platform.Problem;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Receives a wallet's Authorization Response at the response URI (OpenID4VP 1.0 §8.2, {@code direct_post}) and
 * validates its VP Token (§8.6): the request it answers, by its {@code state}, is taken once (a second response is a
 * replay) and only before it expires; the presentation is verified by the library's {@link PresentationVerifier} —
 * its holder's proof, the request's {@code nonce} as its challenge and the Client Identifier as its domain or audience
 * (§14.1.2, Appendix B.1.3) — and the credential it carries by the same {@code Verifier} and checks as a file dropped
 * on {@code /verify}; then the holder binding ({@link HolderBinding}). What it found is stored for the page.
 *
 * <p>A request is spent by the first response that names it, even one that does not verify: the page then shows why,
 * and the person starts again.
 */
@Component
class WalletResponses {

    private final WalletRequests requests;
    private final PresentationVerifier verifier;
    private final AuthorizationRequest authorization;
    private final Clock clock;

    WalletResponses(
            WalletRequests requests, PresentationVerifier verifier, AuthorizationRequest authorization, Clock clock) {
        this.requests = requests;
        this.verifier = verifier;
        this.authorization = authorization;
        this.clock = clock;
    }

    /**
     * Takes the response's parameters; returns normally when it was processed and accepted.
     *
     * @throws Problem a {@link PresentationError} when the response is refused: the wallet gets it as the OAuth error
     */
    void receive(Map<String, String> form) {
        String state = form.get("state");
        if (state == null || state.isBlank()) {
            throw PresentationError.INVALID_REQUEST.problem(
                    "The response has no state: it must carry the state of the request it answers.");
        }
        PresentationRequest request =
                switch (requests.claim(state, clock.instant())) {
                    case WalletRequests.Claim.Claimed claimed -> claimed.request();
                    case WalletRequests.Claim.Unknown unknown ->
                        throw PresentationError.UNKNOWN_REQUEST.problem("No presentation request has this state.");
                    case WalletRequests.Claim.Expired expired ->
                        throw PresentationError.EXPIRED.problem(
                                "This presentation request expired; ask for a new one on the verifier's page.");
                    case WalletRequests.Claim.Replayed replayed ->
                        throw PresentationError.REPLAYED.problem(
                                "This presentation request was already answered: a request is answered once.");
                };
        if (form.containsKey("error")) {
            requests.settle(request.id(), Outcome.declined(form.get("error"), form.get("error_description")));
            return;
        }
        String token = form.get("vp_token");
        if (token == null) {
            refuse(request, "The response carries neither a vp_token nor an error.");
        }
        switch (VpToken.read(token)) {
            case VpToken.Malformed malformed -> refuse(request, malformed.description());
            case VpToken.Presented presented -> check(request, presented);
        }
    }

    private void check(PresentationRequest request, VpToken.Presented presented) {
        String clientId = authorization.clientId();
        PresentationReport report = presented.presentation().isTextual()
                ? verifier.verifyJwt(presented.presentation().asText(), request.nonce(), clientId)
                : verifier.verify(presented.presentation(), request.nonce(), clientId);
        if (report.credentials().size() != 1) {
            refuse(
                    request,
                    "The presentation carries " + report.credentials().size()
                            + " credentials; the request asks for exactly one.");
        }
        JsonNode credential = report.credentials().get(0).credential().orElse(null);
        boolean proven = report.presentation().check(CheckId.PROOF).stream()
                .anyMatch(check -> check instanceof CheckResult.Passed);
        HolderBinding binding = HolderBinding.of(credential, proven ? presented.provingKey() : Optional.empty());
        boolean openBadge = OpenBadgeQuery.isOpenBadge(credential);
        ObjectNode stored = Outcome.presented(presented.format(), report, binding, openBadge);
        requests.settle(request.id(), stored);
        Outcome.Presented outcome = (Outcome.Presented) Outcome.read(stored);
        if (!outcome.accepted()) {
            throw PresentationError.NOT_VERIFIED.problem(why(report, binding, openBadge));
        }
    }

    private static String why(PresentationReport report, HolderBinding binding, boolean openBadge) {
        if (!report.verified()) {
            CheckResult first = report.presentation().failures().get(0);
            return "The presentation did not verify: " + first.id().id() + ": " + first.message();
        }
        if (binding.status().equals("failed")) {
            return "The presentation was not signed by the credential's subject (" + binding.code() + ").";
        }
        return openBadge ? "The presentation did not verify." : "The credential is not an Open Badges 3.0 credential.";
    }

    private void refuse(PresentationRequest request, String description) {
        requests.settle(request.id(), Outcome.malformed(description));
        throw PresentationError.INVALID_REQUEST.problem(description);
    }
}
