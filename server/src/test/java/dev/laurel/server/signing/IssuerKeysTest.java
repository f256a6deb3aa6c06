package dev.laurel.server.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.did.Resolution;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.GuardedHttpFetcher;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class IssuerKeysTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IssuerKeys issuers;

    @Autowired
    VerificationMethodResolver resolver;

    @Test
    void givesEachOrganizationAnEncryptedKeyPublishedInItsDidDocument() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Keyed University");
        String did = issuers.issuerDid(issuer.organizationId());
        assertThat(did).isEqualTo("did:web:localhost%3A" + PORT + ":issuers:" + issuer.organizationId());

        JsonNode document = Json.parse(new Browser(port)
                .get("/issuers/" + issuer.organizationId() + "/did.json")
                .body());
        assertThat(document.get("id").asText()).isEqualTo(did);
        assertThat(document.get("verificationMethod")).hasSize(1);
        assertThat(document.get("assertionMethod").get(0).asText()).isEqualTo(did + "#key-1");

        String publicKey = document.get("verificationMethod")
                .get(0)
                .get("publicKeyMultibase")
                .asText();
        byte[] stored = jdbc.sql("select encrypted_secret from signing_keys where organization_id = :org")
                .param("org", issuer.organizationId())
                .query(byte[].class)
                .single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("z3u2");
        assertThat(publicKey).startsWith("z6Mk");
    }

    @Test
    void signsCredentialsThatVerifyThroughTheDidWebDocumentServedOverHttp() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Verifiable College");
        String signed = issuers.sign(issuer.organizationId(), credential(issuer), ProofFormat.DATA_INTEGRITY);
        String jwt = issuers.sign(issuer.organizationId(), credential(issuer), ProofFormat.VC_JWT);

        Verifier overHttp = Verifier.builder()
                .clock(Clock.systemUTC())
                .resolver(new DidResolver(httpsAsHttp()))
                .fetcher(HttpFetcher.offline())
                .build();
        for (String form : new String[] {signed, jwt}) {
            VerificationReport report = overHttp.verify(form);
            assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        }
    }

    @Test
    void rotatesKeysSoOldCredentialsKeepVerifying() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Rotating Institute");
        String before = issuers.sign(issuer.organizationId(), credential(issuer), ProofFormat.DATA_INTEGRITY);

        issuer.owner().browser().get("/organizations/" + issuer.organizationId() + "/keys");
        Browser.Page page =
                issuer.owner().browser().post("/organizations/" + issuer.organizationId() + "/keys/rotate", Map.of());
        assertThat(page.body()).contains("key-2 signs from now on");
        String after = issuers.sign(issuer.organizationId(), credential(issuer), ProofFormat.DATA_INTEGRITY);

        assertThat(Json.parse(after).get("proof").get("verificationMethod").asText())
                .endsWith("#key-2");
        Verifier local = Verifier.builder()
                .resolver(resolver)
                .fetcher(HttpFetcher.offline())
                .build();
        assertThat(local.verify(before).verified()).isTrue();
        assertThat(local.verify(after).verified()).isTrue();
        JsonNode document = Json.parse(new Browser(port)
                .get("/issuers/" + issuer.organizationId() + "/did.json")
                .body());
        assertThat(document.get("verificationMethod")).hasSize(2);
        assertThat(resolver.resolve(issuers.issuerDid(issuer.organizationId()) + "#key-3"))
                .isInstanceOf(Resolution.Unresolved.class);
    }

    @Test
    void servesTheOpenBadgesProfileAsJsonAndAPageAsHtml() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Profiled Academy");
        Browser browser = new Browser(port);
        var json = browser.raw(java.net.http.HttpRequest.newBuilder(browser.uri("/issuers/" + issuer.organizationId()))
                .header("Accept", "application/json"));
        JsonNode profile = Json.parse(json.body());
        assertThat(profile.get("id").asText()).isEqualTo(issuers.issuerDid(issuer.organizationId()));
        assertThat(profile.get("name").asText()).isEqualTo("Profiled Academy");
        assertThat(browser.get("/issuers/" + issuer.organizationId()).body())
                .contains("Profiled Academy")
                .contains("did:web:");
    }

    @Test
    void refusesKeyRotationToIssuersAndStrangers() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Guarded Keys");
        Scenario.Person stranger = Scenario.signUp(port, jdbc, "Mallory");
        stranger.browser().get("/dashboard");
        Browser.Page refused =
                stranger.browser().post("/organizations/" + issuer.organizationId() + "/keys/rotate", Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from signing_keys where organization_id = :org")
                        .param("org", issuer.organizationId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private ObjectNode credential(Scenario.Issuer issuer) {
        ObjectNode credential = (ObjectNode) Json.parse("""
                {"@context": ["https://www.w3.org/ns/credentials/v2",
                              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "urn:uuid:5b1f3f5e-8c61-4d64-9d1b-6f0f4f5b9a10",
                 "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "issuer": {"id": "ISSUER", "type": ["Profile"], "name": "Issuer"},
                 "validFrom": "2026-01-01T00:00:00Z",
                 "name": "Teamwork",
                 "credentialSubject": {"id": "did:example:earner", "type": ["AchievementSubject"],
                   "achievement": {"id": "urn:uuid:0f0e4c2a-6c2e-4b8e-8f1c-7d4e0b9f2a11", "type": ["Achievement"],
                     "name": "Teamwork", "description": "Works well in teams.",
                     "criteria": {"narrative": "Nominated by peers."}}}}
                """);
        ((ObjectNode) credential.get("issuer")).put("id", issuers.issuerDid(issuer.organizationId()));
        return credential;
    }

    /** did:web resolves to https; the test server speaks http on localhost. */
    private HttpFetcher httpsAsHttp() {
        HttpFetcher real =
                GuardedHttpFetcher.builder().allowPrivateAddresses(true).build();
        return (url, accept) -> real.fetch(URI.create(url.toString().replace("https://", "http://")), accept);
    }
}
