package dev.laurel.server.presentations;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What wallets call: the request URI, answering the request object (OpenID4VP 1.0 §5, RFC 9101 §5.2), and the
 * response URI, taking the {@code direct_post} response (§8.2). Both public, rate-limited per client ({@link
 * WalletRate}); the response body is read here, counted on the stream against its {@code BodyLimit}.
 */
@RestController
class WalletEndpoints {

    private final WalletRequests requests;
    private final WalletResponses responses;
    private final AuthorizationRequest authorization;
    private final Clock clock;

    WalletEndpoints(
            WalletRequests requests, WalletResponses responses, AuthorizationRequest authorization, Clock clock) {
        this.requests = requests;
        this.responses = responses;
        this.authorization = authorization;
        this.clock = clock;
    }

    @GetMapping(AuthorizationRequest.REQUEST_PATH + "{requestId}")
    ResponseEntity<String> requestObject(@PathVariable String requestId) {
        Instant now = clock.instant();
        PresentationRequest request = requests.byRequestId(requestId)
                .orElseThrow(
                        () -> PresentationError.REQUEST_URI_UNKNOWN.problem("No presentation request has this URI."));
        if (request.expired(now) || request.answeredAt() != null) {
            throw PresentationError.REQUEST_URI_SPENT.problem(
                    "This presentation request expired or was already answered; ask for a new one.");
        }
        requests.fetched(requestId, now);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(AuthorizationRequest.MEDIA_TYPE))
                .cacheControl(CacheControl.noStore())
                .body(authorization.requestObject(request, now));
    }

    /** 200 with {@code {}} when the response is processed and accepted (§8.2); a problem with the OAuth error if not. */
    @PostMapping(AuthorizationRequest.RESPONSE_PATH)
    ResponseEntity<String> response(HttpServletRequest request) throws IOException {
        Map<String, String> form = form(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        responses.receive(form);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .body("{}");
    }

    /** An {@code application/x-www-form-urlencoded} body; a parameter given twice is refused. */
    static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        if (body.isBlank()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (form.put(name, value) != null) {
                throw PresentationError.INVALID_REQUEST.problem("The parameter " + name + " is given twice.");
            }
        }
        return form;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw PresentationError.INVALID_REQUEST.problem(
                    "The response body is not well-formed application/x-www-form-urlencoded.");
        }
    }
}
