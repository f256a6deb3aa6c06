package dev.laurel.server.vcapi;

import static dev.laurel.server.vcapi.VcApiHttp.bearer;
import static dev.laurel.server.vcapi.VcApiHttp.issueRequest;
import static dev.laurel.server.vcapi.VcApiHttp.newId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.platform.MasterKey;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** OAuth 2.0 client credentials at {@code /oauth2/token}: an API key is the client, the JWT works on the VC-API. */
class VcApiOAuthTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    TokenSigningKey signingKey;

    @Autowired
    MasterKey masterKey;

    @Autowired
    Clock clock;

    private VcApiHttp api;
    private UUID organization;

    @BeforeEach
    void organization() {
        api = new VcApiHttp(port);
        organization = Scenario.issuer(port, jdbc, "OAuth Institute").organizationId();
    }

    @Test
    void issuesAShortLivedJwtForAnApiKeyThatTheVcApiAccepts() {
        String key = VcApiHttp.key(keys, organization, Scope.ISSUE, Scope.READ);

        VcApiHttp.Answer token = api.form("/oauth2/token", null, credentials(key, null));

        assertThat(token.status()).as(token.body()).isEqualTo(200);
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").asInt()).isBetween(290, 300);
        String jwt = token.get("access_token").asText();
        JsonNode header = part(jwt, 0);
        JsonNode claims = part(jwt, 1);
        assertThat(header.get("alg").asText()).isEqualTo("ES256");
        assertThat(header.get("kid").asText()).isEqualTo(signingKey.key().getKeyID());
        assertThat(claims.get("iss").asText()).isEqualTo("http://localhost:" + PORT);
        assertThat(Json.write(claims.get("aud")))
                .isEqualTo("[\"http://localhost:" + PORT + "/vc-api/" + organization + "\",\"http://localhost:" + PORT
                        + "/vc-api\"]");
        assertThat(claims.get("scope").toString())
                .contains("write:/credentials/issue", "read:/credentials", "write:/credentials/verify")
                .doesNotContain("write:/credentials/status");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);

        VcApiHttp.Answer issued =
                api.post("/vc-api/" + organization + "/credentials/issue", bearer(jwt), issueRequest(newId(), "{}"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        VcApiHttp.Answer verified = api.post(
                "/vc-api/credentials/verify",
                bearer(jwt),
                VcApiIssuingTest.verifyRequest(issued.get("verifiableCredential"), "{}"));
        assertThat(verified.status()).isEqualTo(200);

        VcApiHttp.Answer basic = api.form(
                "/oauth2/token",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((prefix(key) + ":" + key).getBytes(StandardCharsets.UTF_8)),
                "grant_type=client_credentials");
        assertThat(basic.status()).as(basic.body()).isEqualTo(200);
    }

    @Test
    void refusesATokenWithoutTheOperationsScopeOrForAnotherInstance() {
        String key = VcApiHttp.key(keys, organization, Scope.ADMIN);
        String verifyOnly = api.form("/oauth2/token", null, credentials(key, "write:/credentials/verify"))
                .get("access_token")
                .asText();

        VcApiHttp.Answer issue = api.post(
                "/vc-api/" + organization + "/credentials/issue", bearer(verifyOnly), issueRequest(newId(), "{}"));
        assertThat(issue.status()).isEqualTo(403);
        assertThat(issue.get("detail").asText())
                .isEqualTo("the access token lacks the scope 'write:/credentials/issue'");

        String all = api.form("/oauth2/token", null, credentials(key, null))
                .get("access_token")
                .asText();
        UUID other = Scenario.issuer(port, jdbc, "Other OAuth Institute").organizationId();
        VcApiHttp.Answer elsewhere =
                api.post("/vc-api/" + other + "/credentials/issue", bearer(all), issueRequest(newId(), "{}"));
        assertThat(elsewhere.status()).isEqualTo(403);

        String readOnly = VcApiHttp.key(keys, organization, Scope.READ);
        VcApiHttp.Answer beyond = api.form("/oauth2/token", null, credentials(readOnly, "write:/credentials/issue"));
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.get("error").asText()).isEqualTo("invalid_scope");
    }

    @Test
    void refusesRevokedKeysAndTheirTokensAndForgedTokens() {
        String key = VcApiHttp.key(keys, organization, Scope.ISSUE);
        String jwt = api.form("/oauth2/token", null, credentials(key, null))
                .get("access_token")
                .asText();
        String path = "/vc-api/" + organization + "/credentials/issue";
        char last = jwt.charAt(jwt.length() - 2);
        String forged = jwt.substring(0, jwt.length() - 2) + (last == 'A' ? 'B' : 'A') + jwt.charAt(jwt.length() - 1);
        assertThat(api.post(path, bearer(forged), issueRequest(newId(), "{}")).status())
                .isEqualTo(401);

        VcApiHttp.Answer wrongPrefix = api.form(
                "/oauth2/token",
                null,
                "grant_type=client_credentials&client_id=lrl_other123&client_secret=" + encode(key));
        assertThat(wrongPrefix.status()).isEqualTo(401);
        assertThat(wrongPrefix.get("error").asText()).isEqualTo("invalid_client");

        keys.revoke(organization, keys.of(organization).get(0).id(), new Actor.Operator());
        VcApiHttp.Answer refused = api.form("/oauth2/token", null, credentials(key, null));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.get("error").asText()).isEqualTo("invalid_client");
        VcApiHttp.Answer stale = api.post(path, bearer(jwt), issueRequest(newId(), "{}"));
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.get("detail").asText()).contains("revoked");
    }

    @Test
    void publishesItsMetadataAndOnePublicKeyThatEveryNodeShares() {
        VcApiHttp.Answer metadata = api.get("/.well-known/oauth-authorization-server", null);
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.get("issuer").asText()).isEqualTo("http://localhost:" + PORT);
        assertThat(metadata.get("token_endpoint").asText()).isEqualTo("http://localhost:" + PORT + "/oauth2/token");

        VcApiHttp.Answer jwks = api.get("/oauth2/jwks", null);
        assertThat(jwks.status()).isEqualTo(200);
        JsonNode jwk = jwks.get("keys").get(0);
        assertThat(jwk.get("kty").asText()).isEqualTo("EC");
        assertThat(jwk.has("d")).isFalse();

        TokenSigningKey anotherNode = new TokenSigningKey(jdbc, masterKey, clock);
        assertThat(anotherNode.key()).isEqualTo(signingKey.key());
        assertThat(jdbc.sql("select encrypted_jwk from vcapi_token_keys")
                        .query(byte[].class)
                        .single())
                .asString(StandardCharsets.ISO_8859_1)
                .doesNotContain("\"d\"");
    }

    private static String credentials(String key, String scope) {
        return "grant_type=client_credentials&client_id=" + encode(prefix(key)) + "&client_secret=" + encode(key)
                + (scope == null ? "" : "&scope=" + encode(scope));
    }

    private static String prefix(String key) {
        return key.substring(0, key.indexOf('_', 4));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode part(String jwt, int index) {
        return Json.parse(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
    }
}
