package dev.laurel.server.presentations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.platform.ClockMoves;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Verify from a wallet" end to end: the page opens a request, a scripted wallet fetches it by reference and answers
 * with {@code direct_post}, and the page shows the report — and every way a response is refused.
 */
class WalletVerificationTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Clock clock;

    private final ScriptedWallet wallet = new ScriptedWallet();
    private HeldCredentials issuer;

    @BeforeEach
    void issuer() {
        issuer = new HeldCredentials(port, jdbc, keys, "Wallet Institute");
    }

    @AfterEach
    void restoreClock() {
        ClockMoves.restore(clock, jdbc);
    }

    @Test
    void verifiesAnOpenBadgePresentedAsLdpVc() {
        VerifierPage page = new VerifierPage(port);
        assertThat(page.page()).contains("data-state=\"waiting\"").contains("qr.svg");
        ScriptedWallet.Request request = wallet.open(page.link());

        assertThat(request.claims().get("response_type").asText()).isEqualTo("vp_token");
        assertThat(request.claims().get("response_mode").asText()).isEqualTo("direct_post");
        assertThat(request.clientId()).isEqualTo("redirect_uri:" + request.responseUri());
        assertThat(request.claims().at("/dcql_query/credentials/0/format").asText())
                .isEqualTo("ldp_vc");
        assertThat(request.claims().at("/dcql_query/credentials/1/format").asText())
                .isEqualTo("jwt_vc_json");

        ObjectNode credential = issuer.dataIntegrity(wallet.did());
        ScriptedWallet.Answer answer = wallet.answer(
                request, OpenBadgeQuery.LDP, wallet.ldpPresentation(credential, request.nonce(), request.clientId()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().isObject()).isTrue();
        String outcome = page.outcome();
        assertThat(outcome)
                .contains("data-state=\"presented\"")
                .contains("data-accepted=\"true\"")
                .contains("data-binding=\"holder-binding.bound\"")
                .contains("data-verified=\"true\"")
                .doesNotContain("hx-trigger");
    }

    @Test
    void verifiesAnOpenBadgePresentedAsJwtVcJson() {
        VerifierPage page = new VerifierPage(port);
        ScriptedWallet.Request request = wallet.open(page.link());
        String vcJwt = issuer.vcJwt(wallet.did());

        ScriptedWallet.Answer answer = wallet.answer(
                request,
                OpenBadgeQuery.JWT,
                com.fasterxml.jackson.databind.node.TextNode.valueOf(
                        wallet.jwtPresentation(vcJwt, request.nonce(), request.clientId())));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(page.outcome())
                .contains("data-accepted=\"true\"")
                .contains("data-binding=\"holder-binding.bound\"")
                .contains("data-verified=\"true\"");
    }

    @Test
    void reportsACredentialNamingItsRecipientByEmailAsNotHolderBound() {
        VerifierPage page = new VerifierPage(port);
        ScriptedWallet.Request request = wallet.open(page.link());

        ScriptedWallet.Answer answer = wallet.answer(
                request,
                ScriptedWallet.LDP,
                wallet.ldpPresentation(issuer.toEmail("ada@example.org"), request.nonce(), request.clientId()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(page.outcome())
                .contains("data-binding=\"holder-binding.unbound\"")
                .contains("not bound to a key")
                .contains("data-accepted=\"true\"")
                .contains("data-verified=\"true\"");
    }

    @Test
    void refusesAPresentationForAnotherNonce() {
        VerifierPage page = new VerifierPage(port);
        ScriptedWallet.Request request = wallet.open(page.link());

        ScriptedWallet.Answer answer = wallet.answer(
                request,
                OpenBadgeQuery.LDP,
                wallet.ldpPresentation(issuer.dataIntegrity(wallet.did()), "another-nonce", request.clientId()));

        assertRefused(answer, "presentations.not-verified");
        assertThat(answer.json().get("error_description").asText()).contains("challenge");
        assertThat(page.outcome())
                .contains("data-accepted=\"false\"")
                .contains("data-check=\"challenge\" data-status=\"failed\"");
    }

    @Test
    void refusesAPresentationMeantForAnotherVerifier() {
        VerifierPage page = new VerifierPage(port);
        ScriptedWallet.Request request = wallet.open(page.link());

        ScriptedWallet.Answer answer = wallet.answer(
                request,
                OpenBadgeQuery.JWT,
                com.fasterxml.jackson.databind.node.TextNode.valueOf(wallet.jwtPresentation(
                        issuer.vcJwt(wallet.did()), request.nonce(), "redirect_uri:https://attacker.example/cb")));

        assertRefused(answer, "presentations.not-verified");
        assertThat(page.outcome()).contains("data-check=\"domain\" data-status=\"failed\"");
    }

    @Test
    void refusesAReplayedResponse() {
        VerifierPage page = new VerifierPage(port);
        String link = page.link();
        ScriptedWallet.Request request = wallet.open(link);
        ObjectNode presentation =
                wallet.ldpPresentation(issuer.dataIntegrity(wallet.did()), request.nonce(), request.clientId());

        assertThat(wallet.answer(request, OpenBadgeQuery.LDP, presentation).status())
                .isEqualTo(200);
        ScriptedWallet.Answer replay = wallet.answer(request, OpenBadgeQuery.LDP, presentation);

        assertRefused(replay, "presentations.replayed");
        assertThat(page.outcome()).contains("data-accepted=\"true\"");
        ScriptedWallet.Answer spent = wallet.get(requestUri(link));
        assertThat(spent.status()).isEqualTo(400);
        assertThat(spent.json().get("error").asText()).isEqualTo("invalid_request_uri");
    }

    @Test
    void refusesAResponseToAnExpiredRequest() {
        VerifierPage page = new VerifierPage(port);
        ScriptedWallet.Request request = wallet.open(page.link());
        ObjectNode presentation =
                wallet.ldpPresentation(issuer.dataIntegrity(wallet.did()), request.nonce(), request.clientId());

        ClockMoves.advance(port, "PT6M");
        ScriptedWallet.Answer late = wallet.answer(request, OpenBadgeQuery.LDP, presentation);

        assertRefused(late, "presentations.expired");
        assertThat(page.outcome()).contains("data-state=\"expired\"").doesNotContain("hx-trigger");
    }

    @Test
    void refusesAPresentationSignedByAnotherKeyThanTheSubjects() {
        VerifierPage page = new VerifierPage(port);
        ScriptedWallet.Request request = wallet.open(page.link());
        ScriptedWallet thief = new ScriptedWallet();

        ScriptedWallet.Answer answer = thief.answer(
                request,
                OpenBadgeQuery.LDP,
                thief.ldpPresentation(issuer.dataIntegrity(wallet.did()), request.nonce(), request.clientId()));

        assertRefused(answer, "presentations.not-verified");
        assertThat(page.outcome())
                .contains("data-binding=\"holder-binding.other-key\"")
                .contains("data-accepted=\"false\"");
    }

    @Test
    void refusesATamperedCredential() {
        VerifierPage page = new VerifierPage(port);
        ScriptedWallet.Request request = wallet.open(page.link());
        ObjectNode credential = issuer.dataIntegrity(wallet.did());
        ((ObjectNode) credential.get("credentialSubject").get("achievement")).put("name", "Leadership");

        ScriptedWallet.Answer answer = wallet.answer(
                request, OpenBadgeQuery.LDP, wallet.ldpPresentation(credential, request.nonce(), request.clientId()));

        assertRefused(answer, "presentations.not-verified");
        assertThat(page.outcome())
                .contains("data-check=\"credentials\" data-status=\"failed\"")
                .contains("data-verified=\"false\"")
                .contains("data-check=\"proof\" data-status=\"failed\"");
    }

    @Test
    void refusesAnOversizedBodyOnTheStream() {
        VerifierPage page = new VerifierPage(port);
        ScriptedWallet.Request request = wallet.open(page.link());

        ScriptedWallet.Answer answer = wallet.postRaw(
                request.responseUri(), "state=" + request.state() + "&vp_token=" + "a".repeat(1_200_000));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("error").asText()).isEqualTo("invalid_request");
        assertThat(page.outcome()).contains("data-state=\"waiting\"");
    }

    @Test
    void refusesAResponseThatAnswersNoQueryAndOneWithoutAKnownState() {
        VerifierPage page = new VerifierPage(port);
        ScriptedWallet.Request request = wallet.open(page.link());

        assertRefused(
                wallet.post(request.responseUri(), Map.of("state", "no-such-state", "vp_token", "{}")),
                "presentations.unknown-request");
        ScriptedWallet.Answer answer =
                wallet.post(request.responseUri(), Map.of("state", request.state(), "vp_token", "{\"other\": [{}]}"));

        assertRefused(answer, "presentations.invalid-request");
        assertThat(page.outcome()).contains("data-state=\"malformed\"");
    }

    @Test
    void showsAWalletThatDeclined() {
        VerifierPage page = new VerifierPage(port);
        ScriptedWallet.Request request = wallet.open(page.link());

        ScriptedWallet.Answer answer = wallet.post(
                request.responseUri(),
                Map.of("state", request.state(), "error", "access_denied", "error_description", "The holder said no."));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(page.outcome()).contains("data-state=\"declined\"").contains("access_denied");
    }

    @Test
    void answersAnUnknownRequestUriWith404() {
        ScriptedWallet.Answer answer = wallet.get("http://localhost:" + port + "/verify/wallet/requests/nothing");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asText()).isEqualTo("invalid_request_uri");
    }

    private static String requestUri(String link) {
        String encoded = link.substring(link.indexOf("request_uri=") + "request_uri=".length());
        return java.net.URLDecoder.decode(encoded, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void assertRefused(ScriptedWallet.Answer answer, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        JsonNode problem = answer.json();
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("error").asText()).isEqualTo("invalid_request");
        assertThat(problem.get("error_description").asText()).isNotBlank();
    }
}
