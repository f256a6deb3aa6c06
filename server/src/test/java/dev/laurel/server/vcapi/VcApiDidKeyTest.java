package dev.laurel.server.vcapi;

import static dev.laurel.server.vcapi.VcApiHttp.bearer;
import static dev.laurel.server.vcapi.VcApiHttp.issueRequest;
import static dev.laurel.server.vcapi.VcApiHttp.newId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.did.Resolution;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.EnvelopedCredential;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.signing.IssuerKeys;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An organization's VC-API issuer instance signing as the did:key of its active key, chosen on its keys page. */
class VcApiDidKeyTest extends ServerTest {

    /** A verifier that knows did:key only: no did:web, no network. */
    private static final Verifier DID_KEY_ONLY = Verifier.builder()
            .clock(Clock.systemUTC())
            .resolver(url -> url != null && url.startsWith("did:key:")
                    ? new DidResolver(HttpFetcher.offline()).resolve(url)
                    : new Resolution.Unresolved(String.valueOf(url), "this verifier resolves did:key only"))
            .fetcher(HttpFetcher.offline())
            .build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    IssuerKeys issuers;

    @Autowired
    Verifier verifier;

    private VcApiHttp api;
    private Scenario.Issuer issuer;
    private UUID organization;
    private String key;

    @BeforeEach
    void organization() {
        api = new VcApiHttp(port);
        issuer = Scenario.issuer(port, jdbc, "Did Key Institute");
        organization = issuer.organizationId();
        key = bearer(VcApiHttp.key(keys, organization, Scope.ISSUE, Scope.READ));
    }

    @Test
    void issuesAsTheDidKeyOfTheActiveKeyOnceTheOrganizationChoseIt() {
        Browser.Page saved = choose("did:key");
        assertThat(saved.body()).contains("The VC-API instance issues as its did:key from now on.");
        String didKey = issuers.didKey(organization);
        assertThat(didKey).startsWith("did:key:z6Mk");

        JsonNode credential = issue(issueRequest(newId(), "{}"));

        assertThat(credential.get("issuer").asText()).isEqualTo(didKey);
        assertThat(credential.get("proof").get("verificationMethod").asText())
                .isEqualTo(didKey + "#" + didKey.substring("did:key:".length()));
        VerificationReport report = verifier.verify(Json.write(credential));
        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertVerifiesWithDidKeyOnly(Json.write(credential));
        VcApiHttp.Answer verified = api.post(
                "/vc-api/credentials/verify",
                key,
                VcApiIssuingTest.verifyRequest(credential, "{\"returnResults\": true}"));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.get("verified").asBoolean()).isTrue();
    }

    @Test
    void signsAVcJwtAsTheDidKeyToo() {
        choose("did:key");

        JsonNode enveloped = issue(issueRequest(newId(), "{\"mediaType\": \"application/vc+jwt\"}"));

        String jwt = EnvelopedCredential.parse(enveloped).content();
        VerificationReport report = verifier.verify(jwt);
        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertThat(report.check(CheckId.ISSUER).orElseThrow().message()).contains(issuers.didKey(organization));
        assertVerifiesWithDidKeyOnly(jwt);
    }

    @Test
    void keepsTheIssuerProfileAndAcceptsEitherIdentifierNamedExplicitly() {
        choose("did:key");
        String didKey = issuers.didKey(organization);

        JsonNode withProfile = issue(openBadge());
        assertThat(withProfile.get("issuer").get("id").asText()).isEqualTo(didKey);
        assertThat(withProfile.get("issuer").get("name").asText()).isEqualTo("Did Key Institute");
        assertThat(withProfile.get("issuer").get("type")).isEqualTo(Json.parse("[\"Profile\"]"));
        VerificationReport report = verifier.verify(Json.write(withProfile));
        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertVerifiesWithDidKeyOnly(Json.write(withProfile));

        ObjectNode namedWeb = issueRequest(newId(), "{}");
        ((ObjectNode) namedWeb.get("credential")).put("issuer", issuers.issuerDid(organization));
        JsonNode asWeb = issue(namedWeb);
        assertThat(asWeb.get("proof").get("verificationMethod").asText())
                .isEqualTo(issuers.activeVerificationMethod(organization));
        assertThat(verifier.verify(Json.write(asWeb)).verified()).isTrue();

        ObjectNode other = issueRequest(newId(), "{}");
        ((ObjectNode) other.get("credential"))
                .put("issuer", "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");
        VcApiHttp.Answer refused = api.post(issuePath(), key, other);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.get("title").asText()).isEqualTo("Issuer mismatch");
        assertThat(refused.get("detail").asText()).contains(didKey).contains(issuers.issuerDid(organization));
    }

    @Test
    void issuesAsTheDidWebByDefaultAndAgainWhenSwitchedBack() {
        String didKey = issuers.didKey(organization);
        assertThat(issue(issueRequest(newId(), "{}")).get("issuer").asText())
                .isEqualTo(issuers.issuerDid(organization));
        ObjectNode namedKey = issueRequest(newId(), "{}");
        ((ObjectNode) namedKey.get("credential")).put("issuer", didKey);
        VcApiHttp.Answer refused = api.post(issuePath(), key, namedKey);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.get("title").asText()).isEqualTo("Issuer mismatch");

        choose("did:key");
        choose("did:web");

        JsonNode credential = issue(issueRequest(newId(), "{}"));
        assertThat(credential.get("issuer").asText()).isEqualTo(issuers.issuerDid(organization));
        assertThat(credential.get("proof").get("verificationMethod").asText())
                .isEqualTo(issuers.activeVerificationMethod(organization));
    }

    @Test
    void keepsVerifyingWhatTheOldDidKeySignedAfterTheKeyRotates() {
        choose("did:key");
        String before = issuers.didKey(organization);
        JsonNode old = issue(issueRequest(newId(), "{}"));

        issuer.owner().browser().post("/organizations/" + organization + "/keys/rotate", Map.of());

        String after = issuers.didKey(organization);
        assertThat(after).isNotEqualTo(before);
        assertThat(issue(issueRequest(newId(), "{}")).get("issuer").asText()).isEqualTo(after);
        VerificationReport report = verifier.verify(Json.write(old));
        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertVerifiesWithDidKeyOnly(Json.write(old));
    }

    @Test
    void letsOnlyAdministratorsChooseAndRecordsTheChoice() {
        Scenario.Person member = Scenario.signUp(port, jdbc, "Issuer Ivy");
        jdbc.sql("""
                        insert into memberships (organization_id, account_id, role, joined_at)
                        select :org, id, 'issuer', now() from accounts where email = :email
                        """).param("org", organization).param("email", member.email()).update();
        member.browser().get("/dashboard");
        String path = "/organizations/" + organization + "/keys/vc-api-issuer";

        assertThat(member.browser().post(path, Map.of("identifier", "did:key")).status())
                .isEqualTo(403);
        assertThat(issue(issueRequest(newId(), "{}")).get("issuer").asText())
                .isEqualTo(issuers.issuerDid(organization));
        assertThat(issuer.owner()
                        .browser()
                        .post(path, Map.of("identifier", "did:example"))
                        .status())
                .isEqualTo(400);

        choose("did:key");
        assertThat(jdbc.sql("select count(*) from audit_log where organization_id = :org and action = :action")
                        .param("org", organization)
                        .param("action", "vcapi.issuer.changed")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** An Open Badges 3.0 credential whose issuer is a profile without an id. */
    private static ObjectNode openBadge() {
        return VcApiHttp.object("""
                {"credential": {
                   "@context": ["https://www.w3.org/ns/credentials/v2",
                                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                   "id": "%s",
                   "type": ["VerifiableCredential", "OpenBadgeCredential"],
                   "issuer": {"type": ["Profile"], "name": "Did Key Institute"},
                   "validFrom": "2026-01-01T00:00:00Z",
                   "name": "Teamwork",
                   "credentialSubject": {
                     "type": ["AchievementSubject"],
                     "identifier": [{"type": "IdentityObject", "hashed": false, "identityHash": "ada@example.org",
                                     "identityType": "emailAddress"}],
                     "achievement": {
                       "id": "https://example.edu/achievements/teamwork",
                       "type": ["Achievement"],
                       "name": "Teamwork",
                       "description": "Works in a team.",
                       "criteria": {"narrative": "Nominated by peers."}
                     }
                   }
                 },
                 "options": {}}
                """.formatted(newId()));
    }

    private Browser.Page choose(String identifier) {
        Browser browser = issuer.owner().browser();
        browser.get("/organizations/" + organization + "/keys");
        Browser.Page page = browser.post(
                "/organizations/" + organization + "/keys/vc-api-issuer", Map.of("identifier", identifier));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page;
    }

    private JsonNode issue(ObjectNode request) {
        VcApiHttp.Answer issued = api.post(issuePath(), key, request);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.get("verifiableCredential");
    }

    /**
     * The proof and the issuer binding verify with did:key alone; the status list is the did:web's, which this
     * verifier cannot resolve.
     */
    private static void assertVerifiesWithDidKeyOnly(String credential) {
        VerificationReport report = DID_KEY_ONLY.verify(credential);
        assertThat(report.check(CheckId.PROOF).orElseThrow())
                .as(report.toJson().toString())
                .isInstanceOf(CheckResult.Passed.class);
        assertThat(report.check(CheckId.ISSUER).orElseThrow())
                .as(report.toJson().toString())
                .isInstanceOf(CheckResult.Passed.class);
    }

    private String issuePath() {
        return "/vc-api/" + organization + "/credentials/issue";
    }
}
