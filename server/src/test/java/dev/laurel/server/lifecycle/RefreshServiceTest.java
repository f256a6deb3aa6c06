package dev.laurel.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.schema.CredentialSchema;
import dev.laurel.credentials.schema.SchemaValidator;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every credential names its refresh service ({@code 1EdTechCredentialRefresh}) and still passes the 1EdTech schema
 * and verifies (its JSON-LD signing refuses undefined terms); a wallet calling it is sent to the newest renewal.
 */
class RefreshServiceTest extends ServerTest {

    private static final HttpClient NO_REDIRECTS = HttpClient.newHttpClient();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    dev.laurel.credentials.did.VerificationMethodResolver resolver;

    @Autowired
    HttpFetcher fetcher;

    @Test
    void credentialsNameTheirRefreshServiceAndPassTheSchemaAndVerification() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Refreshing Board");
        UUID achievement = api.createAchievement("Certified Refresher", "di");
        UUID old = api.issue(achievement, "Grace Hopper", uniqueEmail("grace"));

        JsonNode credential = Json.parse(document(old));
        JsonNode refresh = credential.get("refreshService");
        assertThat(refresh.get("id").asText()).isEqualTo("http://localhost:" + PORT + "/c/" + old + "/refresh");
        assertThat(refresh.get("type").asText()).isEqualTo("1EdTechCredentialRefresh");
        assertThat(SchemaValidator.instance().validate(credential, CredentialSchema.OB_ACHIEVEMENT_CREDENTIAL))
                .isEmpty();
        var report =
                Verifier.builder().resolver(resolver).fetcher(fetcher).build().verify(document(old));
        assertThat(report.verified()).as(report.toJson().toString()).isTrue();

        UUID jwt = api.issue(api.createAchievement("Certified Signer", "jwt"), "Ada", uniqueEmail("ada"));
        JsonNode jwtCredential = DecodedJwt.parse(document(jwt)).credential();
        assertThat(jwtCredential.get("refreshService").get("type").asText()).isEqualTo("1EdTechCredentialRefresh");
        assertThat(SchemaValidator.instance().validate(jwtCredential, CredentialSchema.OB_ACHIEVEMENT_CREDENTIAL))
                .isEmpty();
    }

    @Test
    void aWalletCallingItGetsTheNewestRenewal() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Refresh Board");
        UUID achievement = api.createAchievement("Certified Renewer", "di");
        UUID first = api.issue(achievement, "Alan Turing", uniqueEmail("alan"));

        assertThat(send("GET", first).headers().firstValue("Location")).contains("/c/" + first + "/credential.json");
        UUID second = renew(api, first);
        UUID third = renew(api, second);

        HttpResponse<String> refreshed = send("POST", first);
        assertThat(refreshed.statusCode()).as("no CSRF token needed").isEqualTo(303);
        String location = refreshed.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/c/" + third + "/credential.json");
        HttpResponse<String> current = NO_REDIRECTS.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + location))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(current.body()).isEqualTo(document(third));
        assertThat(send("GET", UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(String method, UUID credential) throws Exception {
        return NO_REDIRECTS.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/c/" + credential + "/refresh"))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static UUID renew(ApiCalls api, UUID credential) {
        return UUID.fromString(api.post("/api/v1/credentials/" + credential + "/renew", (String) null)
                .json()
                .get("id")
                .asText());
    }

    private String document(UUID credential) {
        return jdbc.sql("select document from credentials where id = :id")
                .param("id", credential)
                .query(String.class)
                .single();
    }
}
