package dev.laurel.server.endorsements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.schema.CredentialSchema;
import dev.laurel.credentials.schema.SchemaValidator;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.platform.Problem;
import dev.laurel.server.signing.PlatformKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class EndorsementsTest extends ServerTest {

    @Autowired
    Endorsements endorsements;

    @Autowired
    Verifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformKey platform;

    @Test
    void anOrganizationsEndorsementValidatesVerifiesAndReportsWithdrawnOnceWithdrawn() {
        Scenario.Issuer association = Scenario.issuer(port, jdbc, "Association of Welders");
        String achievement = "http://localhost:" + port + "/badges/" + java.util.UUID.randomUUID();

        GivenEndorsement given = endorsements.give(
                new Endorser.Organization(association.organizationId()),
                new Endorsed.Achievement(achievement),
                "Rigorous <b>practical</b> assessment.");

        JsonNode credential = Json.parse(given.credentialJson());
        assertThat(credential.path("issuer").path("id").asText()).endsWith(":issuers:" + association.organizationId());
        assertThat(credential.path("issuer").path("name").asText()).isEqualTo("Association of Welders");
        assertThat(credential.path("credentialSubject").path("id").asText()).isEqualTo(achievement);
        assertThat(credential
                        .path("credentialSubject")
                        .path("endorsementComment")
                        .asText())
                .isEqualTo("Rigorous <b>practical</b> assessment.");
        assertValidAndVerified(given);

        endorsements.withdraw(given.id());
        endorsements.withdraw(given.id());

        assertThat(endorsements.find(given.id()).orElseThrow().withdrawn()).isTrue();
        assertWithdrawn(given);
    }

    @Test
    void aPersonsEndorsementIsSignedByThePlatformAndNamesThemWithTheirAddressHashed() {
        GivenEndorsement given = endorsements.give(
                new Endorser.VerifiedEmail("Maria Jansen", "Maria@Example.org", "Line manager", "Acme Works"),
                new Endorsed.Credential("http://localhost:" + port + "/c/" + java.util.UUID.randomUUID()),
                "Applies the skill daily.");

        JsonNode issuer = Json.parse(given.credentialJson()).path("issuer");
        assertThat(issuer.path("id").asText()).isEqualTo(platform.did());
        assertThat(issuer.path("name").asText()).isEqualTo("Maria Jansen");
        assertThat(issuer.path("description").asText()).startsWith("Line manager, Acme Works.");
        assertThat(issuer.path("otherIdentifier").get(0).path("identifier").asText())
                .startsWith("sha256$");
        assertThat(given.credentialJson()).doesNotContainIgnoringCase("maria@example.org");
        assertValidAndVerified(given);

        endorsements.withdraw(given.id());
        assertWithdrawn(given);
    }

    @Test
    void anEndorsementByAKeyOfTheEndorsersOwnVerifiesWithTheirKey() {
        SigningKey key = SigningKey.generate(KeyType.ED25519, new SecureRandom());
        GivenEndorsement given = endorsements.give(
                new Endorser.Keyed(
                        key.publicKey().didKey(),
                        "Dr. Ana Ruiz",
                        key,
                        key.publicKey().didKeyVerificationMethod()),
                new Endorsed.Profile("did:web:example.edu"),
                null);

        JsonNode credential = Json.parse(given.credentialJson());
        assertThat(credential.path("issuer").path("id").asText())
                .isEqualTo(key.publicKey().didKey());
        assertThat(credential.path("credentialSubject").has("endorsementComment"))
                .isFalse();
        assertValidAndVerified(given);

        endorsements.withdraw(given.id());
        assertWithdrawn(given);
    }

    @Test
    void refusesACommentOverFiveThousandCharacters() {
        Scenario.Issuer association = Scenario.issuer(port, jdbc, "Verbose Guild");
        assertThatThrownBy(() -> endorsements.give(
                        new Endorser.Organization(association.organizationId()),
                        new Endorsed.Profile("did:web:example.edu"),
                        "x".repeat(Endorsements.MAX_COMMENT + 1)))
                .isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.code())
                        .isEqualTo(EndorsementError.COMMENT_TOO_LONG));
    }

    @Test
    void servesEachEndorsementAndItsStatusListToAnyone() throws Exception {
        GivenEndorsement given = endorsements.give(
                new Endorser.VerifiedEmail("Sam Lee", "sam@example.org", null, null),
                new Endorsed.Profile("did:web:example.edu"),
                "Fine.");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> endorsement = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/endorsements/" + given.id()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(endorsement.statusCode()).isEqualTo(200);
        assertThat(endorsement.body()).isEqualTo(given.credentialJson());

        String list = Json.parse(given.credentialJson())
                .path("credentialStatus")
                .path("statusListCredential")
                .asText();
        HttpResponse<String> status =
                http.send(HttpRequest.newBuilder(URI.create(list)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(Json.parse(status.body()).path("issuer").asText()).isEqualTo(platform.did());
    }

    private void assertValidAndVerified(GivenEndorsement given) {
        JsonNode credential = Json.parse(given.credentialJson());
        assertThat(SchemaValidator.instance().validate(credential, CredentialSchema.OB_ENDORSEMENT_CREDENTIAL))
                .isEmpty();
        VerificationReport report = verifier.verify(given.credentialJson());
        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertThat(report.check(CheckId.STATUS).orElseThrow().status()).isEqualTo("passed");
    }

    private void assertWithdrawn(GivenEndorsement given) {
        VerificationReport report = verifier.verify(given.credentialJson());
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).flatMap(check -> check.reasons()).isEqualTo(List.of(Reason.STATUS_REVOKED));
    }
}
