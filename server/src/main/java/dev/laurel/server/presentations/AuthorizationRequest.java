package dev.laurel.server.presentations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.platform.LaurelSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Laurel's OpenID4VP 1.0 Authorization Request: passed by reference (§5, JAR), so the QR code stays small (§5.7), with
 * response mode {@code direct_post} (§8.2) and a DCQL query for one Open Badges 3.0 credential ({@link
 * OpenBadgeQuery}).
 *
 * <p><b>The client identifier prefix is {@code redirect_uri}</b> (§5.9.3): the client identifier is the response URI
 * itself, so the wallet sends the presentation exactly where the identifier says, and the presentation's audience is
 * that identifier. It needs no key or certificate anyone must trust: the {@code x509_san_dns} and {@code x509_hash}
 * prefixes need a certificate from a CA wallets trust, {@code verifier_attestation} and {@code openid_federation} a
 * trust framework, and {@code decentralized_identifier} a did:web wallets would have to resolve over HTTPS, which a
 * development Laurel or one behind a private name cannot offer. The price, said by the specification: such a request
 * cannot be signed (the wallet has no key to check it with), so the request object is an unsecured JWT ({@code alg:
 * none}, RFC 9101 §10.2 and RFC 7519 §6) and the wallet knows the verifier only by its response URI's host — which
 * suits a public page that asks for a badge the holder chooses to show, and keeps nothing.
 */
@Component
class AuthorizationRequest {

    static final String RESPONSE_PATH = "/verify/wallet/response";
    static final String REQUEST_PATH = "/verify/wallet/requests/";

    /** The request object's media type and {@code typ} (§5). */
    static final String MEDIA_TYPE = "application/oauth-authz-req+jwt";

    /** The audience of a request object under static discovery (§5.8). */
    static final String AUDIENCE = "https://self-issued.me/v2";

    private final LaurelSettings settings;

    AuthorizationRequest(LaurelSettings settings) {
        this.settings = settings;
    }

    String responseUri() {
        return settings.url(RESPONSE_PATH);
    }

    /** The Client Identifier, with its prefix: what every presentation must name as its audience (§14.1.2). */
    String clientId() {
        return "redirect_uri:" + responseUri();
    }

    String requestUri(String requestId) {
        return settings.url(REQUEST_PATH + requestId);
    }

    /**
     * The link a wallet opens: the {@code openid4vp://} scheme (§13.1.2), with the client identifier and the request
     * URI only. The same link is the QR code (cross-device) and the button (same device).
     */
    String link(String requestId) {
        return "openid4vp://?client_id=" + encode(clientId()) + "&request_uri=" + encode(requestUri(requestId));
    }

    /** The request object's claims (§5.1, §5.2, §8.2). */
    ObjectNode claims(PresentationRequest request, Instant now) {
        ObjectNode claims = Json.MAPPER.createObjectNode();
        claims.put("iss", clientId());
        claims.put("aud", AUDIENCE);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", request.expiresAt().getEpochSecond());
        claims.put("client_id", clientId());
        claims.put("response_type", "vp_token");
        claims.put("response_mode", "direct_post");
        claims.put("response_uri", responseUri());
        claims.put("nonce", request.nonce());
        claims.put("state", request.requestId());
        claims.set("dcql_query", OpenBadgeQuery.query());
        ObjectNode metadata = claims.putObject("client_metadata");
        metadata.put("client_name", "Laurel");
        metadata.set("vp_formats_supported", OpenBadgeQuery.formats());
        return claims;
    }

    /** The request object: an unsecured JWT of {@link #claims} (see the class comment for why unsigned). */
    String requestObject(PresentationRequest request, Instant now) {
        ObjectNode header = Json.MAPPER.createObjectNode();
        header.put("alg", "none");
        header.put("typ", "oauth-authz-req+jwt");
        return base64url(Json.write(header)) + "." + base64url(Json.write(claims(request, now))) + ".";
    }

    private static String base64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
