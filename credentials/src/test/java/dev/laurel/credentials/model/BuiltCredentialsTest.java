package dev.laurel.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Credentials built in code have the right context and types, and validate against the 1EdTech JSON Schemas. */
class BuiltCredentialsTest {

    private static final Profile ISSUER = Profile.builder()
            .id("https://example.edu/issuers/565049")
            .name("Example University")
            .url("https://example.edu")
            .email("badges@example.edu")
            .image(Image.of("https://example.edu/logo.png", "Example University logo"))
            .build();

    private static final Achievement TEAMWORK = Achievement.builder()
            .id("https://example.edu/achievements/teamwork")
            .name("Teamwork")
            .description("Recognizes the capacity to collaborate within a group.")
            .achievementType("Badge")
            .criteria(Criteria.ofNarrative("Nominated by peers and confirmed by a mentor."))
            .image(Image.of("https://example.edu/achievements/teamwork.png"))
            .creditsAvailable(3.0)
            .alignment(Alignment.builder()
                    .targetName("Work in teams")
                    .targetUrl("https://skills.example.org/frameworks/soft/teamwork")
                    .targetFramework("Example soft skills")
                    .targetCode("SOFT-7")
                    .targetType("CFItem")
                    .build())
            .tag("teamwork", "collaboration")
            .creator(ISSUER)
            .build();

    /** What the server does with an issuing form: recipient by email, dates, evidence, status. */
    private static AchievementCredential issuedByEmail() {
        return AchievementCredential.builder()
                .id("urn:uuid:2d3b4a4e-7f1e-4c53-9a2a-4c0f7f1d2b61")
                .name("Teamwork")
                .issuer(ISSUER)
                .validFrom(Instant.parse("2024-06-01T09:30:00Z"))
                .validUntil(Instant.parse("2029-06-01T09:30:00Z"))
                .credentialSubject(AchievementSubject.builder()
                        .identifier(IdentityObject.hashedEmail("learner@example.com", "f1e2d3"))
                        .achievement(TEAMWORK)
                        .creditsEarned(3.0)
                        .build())
                .evidence(Evidence.builder()
                        .id("https://example.edu/evidence/42")
                        .name("Group project")
                        .narrative("Led the *retrospective*.")
                        .build())
                .credentialSchema(CredentialSchema.achievementCredential())
                .credentialStatus(CredentialStatus.bitstringStatusListEntry(
                        "https://example.edu/status/1#94567", "revocation", 94567, "https://example.edu/status/1"))
                .build();
    }

    @Test
    void writesTheOpenBadgesContextAndTypesFirst() {
        ObjectNode json = CredentialJson.write(issuedByEmail());

        assertThat(names(json)).startsWith("@context", "id", "type");
        assertThat(json.get("@context"))
                .isEqualTo(array(
                        "https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        assertThat(json.get("type")).isEqualTo(array("VerifiableCredential", "OpenBadgeCredential"));
        assertThat(json.at("/credentialSubject/type")).isEqualTo(array("AchievementSubject"));
        assertThat(json.at("/credentialSubject/achievement/creditsAvailable").toString())
                .isEqualTo("3.0");
        assertThat(json.at("/credentialStatus/statusListIndex").asText()).isEqualTo("94567");
    }

    @Test
    void hashesTheRecipientEmailWithItsSalt() {
        IdentityObject recipient =
                issuedByEmail().credentialSubject().identifier().first();

        assertThat(recipient.identityHash()).startsWith("sha256$").hasSize(7 + 64);
        assertThat(recipient.hashed()).isTrue();
        assertThat(recipient.matches("learner@example.com")).isTrue();
        assertThat(recipient.matches("someone@example.com")).isFalse();
        assertThat(IdentityObject.hashedEmail("a@example.com", "Kosher").identityHash())
                .isEqualTo("sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399");
    }

    @Test
    void validatesAgainstTheAchievementCredentialSchema() {
        assertThat(OneEdTechSchemas.violations(
                        OneEdTechSchemas.ACHIEVEMENT_CREDENTIAL, CredentialJson.write(issuedByEmail())))
                .isEmpty();
    }

    @Test
    void validatesWithARecipientByIdAndAnIssuerByIri() {
        AchievementCredential byId = issuedByEmail().toBuilder()
                .issuer("https://example.edu/issuers/565049")
                .credentialSubject(AchievementSubject.builder()
                        .id("did:example:ebfeb1f712ebc6f1c276e12ec21")
                        .achievement(TEAMWORK)
                        .build())
                .build();

        assertThat(OneEdTechSchemas.violations(OneEdTechSchemas.ACHIEVEMENT_CREDENTIAL, CredentialJson.write(byId)))
                .isEmpty();
    }

    @Test
    void readsBackWhatItBuilt() {
        AchievementCredential built = issuedByEmail();

        assertThat(CredentialJson.readAchievementCredential(CredentialJson.toJson(built))
                        .orElseThrow())
                .isEqualTo(built);
    }

    @Test
    void failsTheSchemaWhenRequiredPartsAreMissing() {
        AchievementCredential broken = issuedByEmail().toBuilder()
                .credentialSubject(AchievementSubject.builder()
                        .achievement(TEAMWORK.toBuilder().criteria(null).build())
                        .build())
                .validFrom((DateTime) null)
                .build();

        assertThat(OneEdTechSchemas.violations(OneEdTechSchemas.ACHIEVEMENT_CREDENTIAL, CredentialJson.write(broken)))
                .anySatisfy(violation -> assertThat(violation).contains("validFrom"))
                .anySatisfy(violation -> assertThat(violation).contains("criteria"));
    }

    @Test
    void failsTheSchemaWithAnUnparseableDate() {
        AchievementCredential badDate = issuedByEmail().toBuilder()
                .validFrom(new DateTime("1 June 2024"))
                .build();

        assertThat(badDate.validFrom().isValid()).isFalse();
        assertThat(OneEdTechSchemas.violations(OneEdTechSchemas.ACHIEVEMENT_CREDENTIAL, CredentialJson.write(badDate)))
                .anySatisfy(violation -> assertThat(violation).contains("validFrom"));
    }

    @Test
    void failsTheSchemaWithAWrongContext() {
        AchievementCredential wrongContext =
                issuedByEmail().toBuilder().context(ContextEntry.VC_V2).build();

        assertThat(OneEdTechSchemas.violations(
                        OneEdTechSchemas.ACHIEVEMENT_CREDENTIAL, CredentialJson.write(wrongContext)))
                .isNotEmpty();
    }

    @Test
    void buildsAnEndorsementThatValidates() {
        EndorsementCredential endorsement = EndorsementCredential.builder()
                .id("urn:uuid:5e1c8a80-2f5b-4b0a-a8e4-6f1d8f2b7c10")
                .name("Accreditor endorsement")
                .issuer(Profile.builder()
                        .id("https://accreditor.example/issuers/1")
                        .name("Example Accreditor")
                        .build())
                .validFrom(Instant.parse("2024-01-01T00:00:00Z"))
                .credentialSubject(EndorsementSubject.of(TEAMWORK.id(), "A rigorous, well assessed achievement."))
                .build();

        ObjectNode json = CredentialJson.write(endorsement);

        assertThat(json.get("type")).isEqualTo(array("VerifiableCredential", "EndorsementCredential"));
        assertThat(OneEdTechSchemas.violations(OneEdTechSchemas.ENDORSEMENT_CREDENTIAL, json))
                .isEmpty();
        assertThat(OneEdTechSchemas.violations(
                        OneEdTechSchemas.ENDORSEMENT_CREDENTIAL,
                        CredentialJson.write(endorsement.toBuilder().name(null).build())))
                .anySatisfy(violation -> assertThat(violation).contains("name"));
    }

    @Test
    void buildsAProfileThatValidates() {
        Profile profile = ISSUER.toBuilder()
                .context(ContextEntry.OB_V3P0)
                .address(Address.builder()
                        .addressCountryCode("NL")
                        .addressLocality("Utrecht")
                        .geo(GeoCoordinates.of(52.09, 5.12))
                        .build())
                .otherIdentifier(IdentifierEntry.of("12345", "sourcedId"))
                .build();

        assertThat(OneEdTechSchemas.violations(OneEdTechSchemas.PROFILE, CredentialJson.write(profile)))
                .isEmpty();
        assertThat(OneEdTechSchemas.violations(
                        OneEdTechSchemas.PROFILE,
                        CredentialJson.write(profile.toBuilder().id(null).build())))
                .isNotEmpty();
    }

    @Test
    void buildsAClrThatBundlesCredentialsAndValidates() {
        AchievementCredential badge = issuedByEmail()
                .withProof(OneOrMany.many(Proof.builder()
                        .cryptosuite("eddsa-rdfc-2022")
                        .created(Instant.parse("2024-06-01T09:30:00Z"))
                        .verificationMethod("https://example.edu/issuers/565049#key-1")
                        .proofPurpose("assertionMethod")
                        .proofValue(
                                "z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk9czhSePTFehP8c3PGfb6a22gkfUKKFkmHH4aiAX63ZbmP")
                        .build()));
        Achievement capstone = TEAMWORK.toBuilder()
                .id("https://example.edu/achievements/capstone")
                .name("Capstone")
                .build();
        ClrCredential clr = ClrCredential.builder()
                .id("urn:uuid:0f1b8c2a-3d4e-4f50-8a6b-7c8d9e0f1a2b")
                .name("Transcript")
                .issuer(ISSUER)
                .validFrom(Instant.parse("2024-07-01T00:00:00Z"))
                .credentialSubject(ClrSubject.builder()
                        .id("did:example:ebfeb1f712ebc6f1c276e12ec21")
                        .verifiableCredential(badge)
                        .achievement(TEAMWORK, capstone)
                        .association(Association.of("isPartOf", TEAMWORK.id(), capstone.id()))
                        .build())
                .build();

        ObjectNode json = CredentialJson.write(clr);

        assertThat(json.get("@context"))
                .isEqualTo(array(
                        "https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        assertThat(OneEdTechSchemas.violations(OneEdTechSchemas.CLR_CREDENTIAL, json))
                .isEmpty();
        assertThat(CredentialJson.readClrCredential(json).orElseThrow()).isEqualTo(clr);
    }

    @Test
    void removesAProof() {
        AchievementCredential signed = CredentialJson.readAchievementCredential(
                        Vectors.json("ob-v3p0-impl/signed-credential.json"))
                .orElseThrow();

        assertThat(CredentialJson.write(signed.withProof(null)))
                .isEqualTo(Vectors.json("ob-v3p0-impl/credential.json"));
    }

    private static List<String> names(ObjectNode json) {
        return json.properties().stream().map(Map.Entry::getKey).toList();
    }

    private static JsonNode array(String... values) {
        var array = JsonNodeFactory.instance.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
