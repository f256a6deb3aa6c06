package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A third-party platform, scripted with the JDK's HTTP client, uses the OB 3.0 API as 1EdTech describes it: discovery,
 * dynamic registration, the authorization code grant with PKCE through the earner's real login and consent, the token,
 * getCredentials with paging, upsertCredential (JSON and JWT; a forged one refused), the profile, refresh, and the
 * earner revoking its access from the account page.
 */
class Ob3HostTest extends ServerTest {

    private static final String SCOPES = "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.readonly "
            + "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.upsert "
            + "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.readonly "
            + "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.update";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient platform = HttpClient.newHttpClient();

    @Test
    void aPlatformReadsAndPushesCredentialsWithTheEarnersConsent() throws Exception {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Ada Host");
        Earners.importFile(earner.browser(), "one.json", "application/json", Credentials.json("Kept One"));
        Earners.importFile(earner.browser(), "two.json", "application/json", Credentials.json("Kept Two"));
        Earners.importFile(earner.browser(), "three.jwt", "text/plain", Credentials.jwt("Kept Three"));

        // Discovery names the registration, authorization and token URLs and the scopes.
        JsonNode discovery = json(send(HttpRequest.newBuilder(url("/ims/ob/v3p0/discovery"))));
        JsonNode scheme = discovery.at("/components/securitySchemes/OAuth2ACG");
        assertThat(scheme.path("type").asText()).isEqualTo("oauth2");
        String registrationUrl = scheme.path("x-imssf-registrationUrl").asText();
        JsonNode flow = scheme.at("/flows/authorizationCode");
        assertThat(flow.path("scopes").size()).isEqualTo(4);
        String tokenUrl = flow.path("tokenUrl").asText();
        JsonNode metadata = json(send(HttpRequest.newBuilder(url("/.well-known/oauth-authorization-server"))));
        assertThat(metadata.path("registration_endpoint").asText()).isEqualTo(registrationUrl);
        assertThat(metadata.path("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
        assertThat(metadata.path("scopes_supported").toString()).contains("credential.upsert");

        // Dynamic registration (RFC 7591), open.
        String redirect = "http://localhost:" + port + "/ob3-platform/callback";
        HttpResponse<String> registered = send(HttpRequest.newBuilder(URI.create(registrationUrl))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Json.parse("{\"client_name\":\"Other Backpack\","
                        + "\"client_uri\":\"https://other.example\",\"logo_uri\":\"https://other.example/logo.png\","
                        + "\"redirect_uris\":[\"" + redirect + "\"],\"grant_types\":[\"authorization_code\","
                        + "\"refresh_token\"],\"response_types\":[\"code\"],\"token_endpoint_auth_method\":"
                        + "\"client_secret_basic\",\"scope\":\"" + SCOPES + "\"}")))));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String clientId = json(registered).path("client_id").asText();
        String secret = json(registered).path("client_secret").asText();
        assertThat(jdbc.sql("select client_secret from oauth2_registered_client where client_id = :id")
                        .param("id", clientId)
                        .query(String.class)
                        .single())
                .doesNotContain(secret);

        // Authorization code with PKCE: the earner is logged in, sees the consent page and allows.
        String verifier = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(UUID.randomUUID().toString().repeat(2).getBytes());
        String challenge = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        Browser.Page consent = earner.browser()
                .get(flow.path("authorizationUrl").asText() + "?"
                        + form(Map.of(
                                "response_type", "code",
                                "client_id", clientId,
                                "redirect_uri", redirect,
                                "scope", SCOPES,
                                "state", "xyz",
                                "code_challenge", challenge,
                                "code_challenge_method", "S256")));
        assertThat(consent.uri().getPath()).as(consent.body()).isEqualTo("/oauth/consent");
        assertThat(consent.body())
                .contains("Other Backpack asks to reach your backpack")
                .contains("Read the credentials in your backpack")
                .contains("https://other.example/logo.png");
        String state = between(consent.body(), "name=\"state\" value=\"", "\"");
        Browser.Page back = earner.browser()
                .postForm(
                        "/oauth2/authorize",
                        java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(
                                                Map.entry("client_id", clientId), Map.entry("state", state)),
                                        java.util.Arrays.stream(SCOPES.split(" "))
                                                .map(s -> Map.entry("scope", s)))
                                .toList());
        assertThat(back.uri().getPath()).isEqualTo("/ob3-platform/callback");
        String code = query(back.uri(), "code");
        assertThat(query(back.uri(), "state")).isEqualTo("xyz");

        // A code without its verifier is refused; with it, tokens.
        assertThat(token(
                                tokenUrl,
                                clientId,
                                secret,
                                Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirect))
                        .statusCode())
                .isEqualTo(400);
        Browser.Page again = earner.browser()
                .get(flow.path("authorizationUrl").asText() + "?"
                        + form(Map.of(
                                "response_type", "code",
                                "client_id", clientId,
                                "redirect_uri", redirect,
                                "scope", SCOPES,
                                "state", "abc",
                                "code_challenge", challenge,
                                "code_challenge_method", "S256")));
        // Consent is remembered: the earner goes straight back to the platform.
        code = query(again.uri(), "code");
        HttpResponse<String> tokens = token(
                tokenUrl,
                clientId,
                secret,
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        redirect,
                        "code_verifier",
                        verifier));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        String access = json(tokens).path("access_token").asText();
        String refresh = json(tokens).path("refresh_token").asText();
        assertThat(refresh).isNotBlank();

        // getCredentials, paged.
        HttpResponse<String> page = api("GET", "/ims/ob/v3p0/credentials?limit=2&offset=0", access, null, null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Total-Count")).contains("3");
        assertThat(page.headers().firstValue("Link").orElseThrow())
                .contains("offset=2>; rel=\"next\"")
                .contains("offset=2>; rel=\"last\"")
                .contains("offset=0>; rel=\"first\"");
        JsonNode first = json(page);
        assertThat(first.path("credential").size()
                        + first.path("compactJwsString").size())
                .isEqualTo(2);
        JsonNode rest = json(api("GET", "/ims/ob/v3p0/credentials?limit=2&offset=2", access, null, null));
        assertThat(rest.path("credential").size()
                        + rest.path("compactJwsString").size())
                .isEqualTo(1);
        assertThat(api("GET", "/ims/ob/v3p0/credentials?limit=0", access, null, null)
                        .body())
                .contains("invalid_query_parameter");

        // upsertCredential: JSON 201, the same again 200, a JWT 201, a forged one refused.
        String pushed = new String(Credentials.json("Pushed"), StandardCharsets.UTF_8);
        assertThat(api("POST", "/ims/ob/v3p0/credentials", access, "application/json", pushed)
                        .statusCode())
                .isEqualTo(201);
        assertThat(api("POST", "/ims/ob/v3p0/credentials", access, "application/json", pushed)
                        .statusCode())
                .isEqualTo(200);
        String jwt = new String(Credentials.jwt("Pushed JWT"), StandardCharsets.UTF_8);
        HttpResponse<String> jwtPushed = api("POST", "/ims/ob/v3p0/credentials", access, "text/plain", jwt);
        assertThat(jwtPushed.statusCode()).as(jwtPushed.body()).isEqualTo(201);
        HttpResponse<String> forged = api(
                "POST",
                "/ims/ob/v3p0/credentials",
                access,
                "application/json",
                new String(Credentials.tampered("Forged"), StandardCharsets.UTF_8));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(json(forged).path("imsx_codeMajor").asText()).isEqualTo("failure");
        assertThat(api("GET", "/ims/ob/v3p0/credentials", access, null, null)
                        .headers()
                        .firstValue("X-Total-Count"))
                .contains("5");

        // The pushed credential comes back as it was sent.
        JsonNode all = json(api("GET", "/ims/ob/v3p0/credentials", access, null, null));
        String pushedId = Json.parse(pushed).path("id").asText();
        assertThat(all.path("credential").findValuesAsText("id")).contains(pushedId);
        assertThat(all.path("compactJwsString").toString()).contains(jwt);

        // Another earner connected to the same platform sees their own backpack only.
        Scenario.Person other = Scenario.signUp(port, jdbc, "Bea Host");
        String otherAccess = connect(other, flow, tokenUrl, clientId, secret, redirect);
        HttpResponse<String> theirs = api("GET", "/ims/ob/v3p0/credentials", otherAccess, null, null);
        assertThat(theirs.headers().firstValue("X-Total-Count")).contains("0");
        assertThat(theirs.body()).doesNotContain(pushedId);

        // Profile.
        assertThat(api("GET", "/ims/ob/v3p0/profile", access, null, null).statusCode())
                .isEqualTo(404);
        HttpResponse<String> put = api(
                "PUT",
                "/ims/ob/v3p0/profile",
                access,
                "application/json",
                "{\"type\":[\"Profile\"],\"name\":\"Ada L.\",\"description\":\"Learns.\"}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(json(api("GET", "/ims/ob/v3p0/profile", access, null, null))
                        .path("name")
                        .asText())
                .isEqualTo("Ada L.");

        // Refresh gives a new access token.
        HttpResponse<String> refreshed =
                token(tokenUrl, clientId, secret, Map.of("grant_type", "refresh_token", "refresh_token", refresh));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        String renewed = json(refreshed).path("access_token").asText();
        assertThat(api("GET", "/ims/ob/v3p0/credentials", renewed, null, null).statusCode())
                .isEqualTo(200);

        // Revocation (RFC 7009) of one access token ends it.
        HttpResponse<String> revoked = send(HttpRequest.newBuilder(url("/oauth2/revoke"))
                .header("Authorization", basic(clientId, secret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("token", renewed)))));
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(api("GET", "/ims/ob/v3p0/credentials", renewed, null, null).statusCode())
                .isEqualTo(401);

        // The account page lists the platform; revoking its access ends every token it holds.
        Browser.Page account = earner.browser().get("/backpack/account");
        assertThat(account.body()).contains("Connected platforms").contains("Other Backpack");
        String registration = between(account.body(), "name=\"client\" value=\"", "\"");
        earner.browser().post("/account/platforms/revoke", Map.of("client", registration));
        assertThat(earner.browser().get("/backpack/account").body()).doesNotContain("Other Backpack");
        assertThat(api("GET", "/ims/ob/v3p0/credentials", access, null, null).statusCode())
                .isEqualTo(401);
        assertThat(token(tokenUrl, clientId, secret, Map.of("grant_type", "refresh_token", "refresh_token", refresh))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void everyRouteRefusesAnonymousCallersApiKeysAndVcApiTokens() throws Exception {
        UUID organization = Scenario.issuer(port, jdbc, "Ob3 Key Institute").organizationId();
        String key = keys.create(
                        organization,
                        "everything",
                        java.util.EnumSet.allOf(Scope.class),
                        new dev.laurel.server.organizations.Actor.Operator())
                .secret();
        String prefix = key.substring(0, key.indexOf('_', 4));
        HttpResponse<String> vcApiToken = send(HttpRequest.newBuilder(url("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        form(Map.of("grant_type", "client_credentials", "client_id", prefix, "client_secret", key)))));
        assertThat(vcApiToken.statusCode()).as(vcApiToken.body()).isEqualTo(200);
        String jwt = json(vcApiToken).path("access_token").asText();

        java.util.Set<String> routes = new java.util.TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/ims/ob/v3p0/") && !pattern.endsWith("/discovery"))
                .forEach(pattern ->
                        info.getMethodsCondition().getMethods().forEach(method -> routes.add(method + " " + pattern))));
        assertThat(routes).hasSize(4);
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            for (String bearer : new String[] {null, key, jwt, "lrl_forged_0000000000000000000000000000"}) {
                HttpResponse<String> refused = api(method, path, bearer, "application/json", "{}");
                assertThat(refused.statusCode()).as(route + " with " + bearer).isEqualTo(401);
                assertThat(json(refused)
                                .at("/imsx_codeMinor/imsx_codeMinorField/0/imsx_codeMinorFieldValue")
                                .asText())
                        .isEqualTo("unauthorizedrequest");
            }
        }
    }

    @Test
    void anEarnerWhoDeniesSendsThePlatformBackWithAccessDenied() throws Exception {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Cy Denies");
        String redirect = "http://localhost:" + port + "/ob3-platform/denied";
        HttpResponse<String> registered = send(HttpRequest.newBuilder(url("/oauth2/register"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"client_name\":\"Refused Platform\"," + "\"redirect_uris\":[\"" + redirect + "\"]}")));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String clientId = json(registered).path("client_id").asText();
        Browser.Page consent = earner.browser()
                .get("/oauth2/authorize?"
                        + form(Map.of(
                                "response_type", "code",
                                "client_id", clientId,
                                "redirect_uri", redirect,
                                "scope", SCOPES,
                                "state", "no",
                                "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                                "code_challenge_method", "S256")));
        String state = between(consent.body(), "name=\"state\" value=\"", "\"");
        Browser.Page back = earner.browser()
                .postForm(
                        "/oauth2/authorize",
                        java.util.List.of(Map.entry("client_id", clientId), Map.entry("state", state)));
        assertThat(back.uri().getPath()).isEqualTo("/ob3-platform/denied");
        assertThat(query(back.uri(), "error")).isEqualTo("access_denied");
        assertThat(earner.browser().get("/backpack/account").body()).doesNotContain("Refused Platform");
    }

    @Test
    void registrationRefusesScopesNoProtocolDefines() throws Exception {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(url("/oauth2/register"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_name\":\"Greedy\",\"redirect_uris\":"
                        + "[\"https://greedy.example/cb\"],\"scope\":\"admin\"}")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_client_metadata");
    }

    /** Runs authorize (consent once) and the token request for {@code person}; their access token. */
    private String connect(
            Scenario.Person person, JsonNode flow, String tokenUrl, String clientId, String secret, String redirect)
            throws Exception {
        String verifier = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(UUID.randomUUID().toString().repeat(2).getBytes(StandardCharsets.US_ASCII));
        String challenge = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        Browser.Page consent = person.browser()
                .get(flow.path("authorizationUrl").asText() + "?"
                        + form(Map.of(
                                "response_type", "code",
                                "client_id", clientId,
                                "redirect_uri", redirect,
                                "scope", SCOPES,
                                "state", "s",
                                "code_challenge", challenge,
                                "code_challenge_method", "S256")));
        String state = between(consent.body(), "name=\"state\" value=\"", "\"");
        Browser.Page back = person.browser()
                .postForm(
                        "/oauth2/authorize",
                        java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(
                                                Map.entry("client_id", clientId), Map.entry("state", state)),
                                        java.util.Arrays.stream(SCOPES.split(" "))
                                                .map(s -> Map.entry("scope", s)))
                                .toList());
        HttpResponse<String> tokens = token(
                tokenUrl,
                clientId,
                secret,
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        query(back.uri(), "code"),
                        "redirect_uri",
                        redirect,
                        "code_verifier",
                        verifier));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return json(tokens).path("access_token").asText();
    }

    private HttpResponse<String> api(String method, String path, String token, String type, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    private HttpResponse<String> token(String tokenUrl, String clientId, String secret, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Authorization", basic(clientId, secret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    private static String basic(String clientId, String secret) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                                        + URLEncoder.encode(secret, StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return platform.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Json.parse(response.body());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                return java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before);
        assertThat(start).as("%s in %s", before, text).isNotNegative();
        start += before.length();
        return text.substring(start, text.indexOf(after, start));
    }
}
