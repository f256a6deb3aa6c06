package dev.laurel.server.endorsements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.cli.Laurel;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.EndorsementOutcome;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.schema.CredentialSchema;
import dev.laurel.credentials.schema.SchemaValidator;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/**
 * An organization endorses another's badge by API; the endorsed organization accepts; credentials of the badge issued
 * afterwards carry the endorsement, conform to the 1EdTech schema, and verify with it listed as verified — until the
 * endorser revokes it, when a new report says withdrawn.
 */
class OrganizationEndorsementsTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Verifier verifier;

    @TempDir
    Path work;

    @Test
    void anAcceptedEndorsementIsEmbeddedInCredentialsIssuedAfterwardsAndVerifiedUntilRevoked() throws Exception {
        ApiCalls association = ApiCalls.organization(port, jdbc, keys, "Welding Association");
        ApiCalls university = ApiCalls.organization(port, jdbc, keys, "Polytechnic of the North");
        UUID badge = university.createAchievement("Structural Welding I");
        String achievement = "http://localhost:" + port + "/badges/" + badge;
        UUID before = university.issue(badge, "Early Earner", uniqueEmail("early"));

        ApiCalls.Answer created = association.post(
                "/api/v1/endorsements",
                "{\"achievement\": \"" + achievement
                        + "\", \"comment\": \"Meets our <em>certification</em> standard.\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        JsonNode endorsement = created.json().get("credential");
        assertThat(endorsement.path("credentialSubject").path("id").asText()).isEqualTo(achievement);
        assertThat(endorsement.path("issuer").path("name").asText()).isEqualTo("Welding Association");
        assertThat(SchemaValidator.instance().validate(endorsement, CredentialSchema.OB_ENDORSEMENT_CREDENTIAL))
                .isEmpty();

        assertThat(association
                        .post("/api/v1/endorsements/" + id + "/accept", "")
                        .code())
                .isEqualTo("endorsement.not-yours");
        ApiCalls.Answer accepted = university.post("/api/v1/endorsements/" + id + "/accept", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("state").asText()).isEqualTo("accepted");
        assertThat(university
                        .post("/api/v1/endorsements/" + id + "/decline", "")
                        .code())
                .isEqualTo("endorsement.already-decided");
        JsonNode listed = association
                .get("/api/v1/achievements/" + badge + "/endorsements")
                .json();
        assertThat(listed.get("items")).hasSize(1);
        assertThat(listed.get("items").get(0).get("comment").asText())
                .isEqualTo("Meets our <em>certification</em> standard.");

        JsonNode credential = Json.parse(download(university.issue(badge, "Ada Welder", uniqueEmail("ada"))));
        JsonNode embedded =
                credential.path("credentialSubject").path("achievement").path("endorsement");
        assertThat(embedded).hasSize(1);
        assertThat(embedded.get(0)).isEqualTo(endorsement);
        assertThat(SchemaValidator.instance().validate(credential, CredentialSchema.OB_ACHIEVEMENT_CREDENTIAL))
                .isEmpty();
        assertThat(Json.parse(download(before))
                        .path("credentialSubject")
                        .path("achievement")
                        .has("endorsement"))
                .isFalse();
        VerificationReport report = verifier.verify(credential);
        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertThat(report.endorsements())
                .extracting(EndorsementOutcome::endorser, EndorsementOutcome::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Welding Association", EndorsementOutcome.Status.VERIFIED));
        JsonNode cli = laurelVerify(credential);
        assertThat(cli.get("verified").asBoolean()).isTrue();
        assertThat(cli.get("endorsements").get(0).get("endorser").asText()).isEqualTo("Welding Association");
        assertThat(cli.get("endorsements").get(0).get("status").asText()).isEqualTo("verified");

        ApiCalls.Answer revoked = association.post("/api/v1/endorsements/" + id + "/revoke", "");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("withdrawn").asBoolean()).isTrue();

        JsonNode after = laurelVerify(credential);
        assertThat(after.get("verified").asBoolean()).isTrue();
        assertThat(after.get("endorsements").get(0).get("status").asText()).isEqualTo("withdrawn");
        assertThat(Json.parse(download(university.issue(badge, "Late Earner", uniqueEmail("late"))))
                        .path("credentialSubject")
                        .path("achievement")
                        .has("endorsement"))
                .isFalse();
        assertThat(association
                        .get("/api/v1/achievements/" + badge + "/endorsements")
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(audit(university.organizationId(), "endorsement.accepted")).isEqualTo(1);
        assertThat(audit(association.organizationId(), "endorsement.revoked")).isEqualTo(1);
    }

    @Test
    void anIssuerProfileEndorsementIsEmbeddedUnderTheIssuer() {
        ApiCalls guild = ApiCalls.organization(port, jdbc, keys, "Guild of Assessors");
        ApiCalls college = ApiCalls.organization(port, jdbc, keys, "Harbour College");
        UUID badge = college.createAchievement("Navigation");
        String profile = "did:web:localhost%3A" + port + ":issuers:" + college.organizationId();

        ApiCalls.Answer created = guild.post("/api/v1/endorsements", "{\"profile\": \"" + profile + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        college.post("/api/v1/endorsements/" + created.json().get("id").asText() + "/accept", "");

        JsonNode credential = Json.parse(download(college.issue(badge, "Sam Sailor", uniqueEmail("sam"))));
        assertThat(credential.path("issuer").path("endorsement")).hasSize(1);
        assertThat(SchemaValidator.instance().validate(credential, CredentialSchema.OB_ACHIEVEMENT_CREDENTIAL))
                .isEmpty();
        assertThat(verifier.verify(credential).verified()).isTrue();
    }

    @Test
    void refusesWithStableCodes() {
        ApiCalls endorser = ApiCalls.organization(port, jdbc, keys, "Eager Endorsers");
        ApiCalls issuer = ApiCalls.organization(port, jdbc, keys, "Plain Issuer");
        UUID badge = issuer.createAchievement("Basics");
        String achievement = "http://localhost:" + port + "/badges/" + badge;

        assertThat(endorser.post("/api/v1/endorsements", "{\"achievement\": \"https://elsewhere.example/b/1\"}")
                        .code())
                .isEqualTo("endorsement.unknown-achievement");
        assertThat(issuer.post("/api/v1/endorsements", "{\"achievement\": \"" + achievement + "\"}")
                        .code())
                .isEqualTo("endorsement.own-badge");
        ObjectNode tooLong = Json.MAPPER.createObjectNode().put("achievement", achievement);
        tooLong.put("comment", "x".repeat(5_001));
        assertThat(endorser.post("/api/v1/endorsements", tooLong).code()).isEqualTo("endorsement.comment-too-long");
        assertThat(endorser.post("/api/v1/endorsements", "{\"achievement\": \"" + achievement + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(endorser.post("/api/v1/endorsements", "{\"achievement\": \"" + achievement + "\"}")
                        .code())
                .isEqualTo("endorsement.duplicate-pending");
        assertThat(endorser.post("/api/v1/endorsements", "{\"comment\": \"what?\"}")
                        .code())
                .isEqualTo("api.validation");
        assertThat(endorser.post("/api/v1/endorsements/" + UUID.randomUUID() + "/accept", "")
                        .code())
                .isEqualTo("endorsement.not-found");
        JsonNode given = endorser.get("/api/v1/endorsements?direction=given").json();
        assertThat(given.get("items")).hasSize(1);
        assertThat(issuer.get("/api/v1/endorsements?direction=received")
                        .json()
                        .get("items")
                        .get(0)
                        .get("state")
                        .asText())
                .isEqualTo("pending");
    }

    private long audit(UUID organization, String action) {
        return jdbc.sql("select count(*) from audit_log where organization_id = :org and action = :action")
                .param("org", organization)
                .param("action", action)
                .query(Long.class)
                .single();
    }

    private String download(UUID credential) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://localhost:" + port + "/c/" + credential + "/credential.json"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode laurelVerify(JsonNode credential) throws Exception {
        Path file = Files.writeString(work.resolve(UUID.randomUUID() + ".json"), Json.write(credential));
        StringWriter out = new StringWriter();
        new CommandLine(new Laurel())
                .setOut(new PrintWriter(out, true))
                .execute("verify", "--dev", "--json", file.toString());
        return Json.parse(out.toString());
    }
}
