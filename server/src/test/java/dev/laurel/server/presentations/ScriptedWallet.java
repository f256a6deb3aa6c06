package dev.laurel.server.presentations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A minimal OpenID4VP wallet, as the tests script it: it holds an Ed25519 did:key, opens an {@code openid4vp://} link,
 * fetches the request object by reference, and answers with {@code direct_post}: a Data Integrity {@code ldp_vp} or a
 * VP-JWT of the VC 1.1 form carrying a VC-JWT, bound to the request's nonce and client identifier.
 */
public final class ScriptedWallet {

    /** The credential query ids of Laurel's DCQL query. */
    public static final String LDP = "openbadge_ldp";

    public static final String JWT = "openbadge_jwt";

    /** A request the wallet fetched: its claims. */
    public record Request(ObjectNode claims) {
        public String nonce() {
            return claims.get("nonce").asText();
        }

        public String clientId() {
            return claims.get("client_id").asText();
        }

        public String state() {
            return claims.get("state").asText();
        }

        public String responseUri() {
            return claims.get("response_uri").asText();
        }
    }

    /** What an endpoint answered. */
    public record Answer(int status, String contentType, String body) {
        public JsonNode json() {
            return Json.parse(body);
        }
    }

    private final SigningKey key;
    private final HttpClient http = HttpClient.newHttpClient();

    public ScriptedWallet() {
        this(SigningKey.generate(KeyType.ED25519, new SecureRandom()));
    }

    public ScriptedWallet(SigningKey key) {
        this.key = key;
    }

    public String did() {
        return key.publicKey().didKey();
    }

    public String keyId() {
        return key.publicKey().didKeyVerificationMethod();
    }

    /** Opens the link: reads {@code client_id} and {@code request_uri}, fetches the request object, checks its typ. */
    public Request open(String link) {
        if (!link.startsWith("openid4vp://?")) {
            throw new AssertionError("not an openid4vp link: " + link);
        }
        Map<String, String> query = decode(link.substring("openid4vp://?".length()));
        Answer fetched = get(query.get("request_uri"));
        if (fetched.status() != 200) {
            throw new AssertionError("request object not fetched: " + fetched);
        }
        String[] parts = fetched.body().split("\\.", -1);
        JsonNode header = Json.parse(Base64.getUrlDecoder().decode(parts[0]));
        if (!header.path("typ").asText().equals("oauth-authz-req+jwt")) {
            throw new AssertionError("the request object's typ is " + header.get("typ"));
        }
        ObjectNode claims = (ObjectNode) Json.parse(Base64.getUrlDecoder().decode(parts[1]));
        if (!claims.path("client_id").asText().equals(query.get("client_id"))) {
            throw new AssertionError("client_id differs between the link and the request object");
        }
        return new Request(claims);
    }

    /** A Data Integrity presentation of {@code credential}, for {@code nonce} and {@code audience}. */
    public ObjectNode ldpPresentation(JsonNode credential, String nonce, String audience) {
        ObjectNode presentation = Json.MAPPER.createObjectNode();
        presentation.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        presentation.putArray("type").add("VerifiablePresentation");
        presentation.put("holder", did());
        presentation.putArray("verifiableCredential").add(credential);
        return DataIntegrity.sign(
                presentation,
                key,
                ProofOptions.authentication(keyId(), Instant.now().minusSeconds(5), nonce, audience));
    }

    /** A VP-JWT (OpenID4VP 1.0 Appendix B.1.3.1): {@code vp} carrying the VC-JWT, {@code nonce} and {@code aud}. */
    public String jwtPresentation(String vcJwt, String nonce, String audience) {
        ObjectNode header = Json.MAPPER.createObjectNode();
        header.put("alg", "EdDSA");
        header.put("typ", "JWT");
        header.put("kid", keyId());
        ObjectNode payload = Json.MAPPER.createObjectNode();
        payload.put("iss", did());
        payload.put("aud", audience);
        payload.put("nonce", nonce);
        payload.put("iat", Instant.now().getEpochSecond() - 5);
        payload.put("exp", Instant.now().getEpochSecond() + 300);
        ObjectNode vp = payload.putObject("vp");
        vp.putArray("@context").add("https://www.w3.org/2018/credentials/v1");
        vp.putArray("type").add("VerifiablePresentation");
        vp.put("holder", did());
        vp.putArray("verifiableCredential").add(vcJwt);
        String input = base64url(Json.write(header)) + "." + base64url(Json.write(payload));
        return input + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(key.sign(input.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Posts {@code vp_token} = {queryId: [presentation]} with the request's state, as {@code direct_post}. */
    public Answer answer(Request request, String queryId, JsonNode presentation) {
        ObjectNode token = Json.MAPPER.createObjectNode();
        token.putArray(queryId).add(presentation);
        return post(request.responseUri(), Map.of("vp_token", Json.write(token), "state", request.state()));
    }

    public Answer post(String uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return postRaw(uri, body);
    }

    public Answer postRaw(String uri, String body) {
        return send(HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer get(String uri) {
        return send(HttpRequest.newBuilder(URI.create(uri)).GET());
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> decode(String query) {
        Map<String, String> values = new HashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            values.put(
                    URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String base64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
