package dev.laurel.credentials.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Modelled properties land in typed fields, so the round trip is not just kept raw JSON. */
class TypedFieldsTest {

    private static final String COMPLETE = "ob-v3p0-spec-examples/06-complete-openbadgecredential.json";

    private final AchievementCredential complete =
            CredentialJson.readAchievementCredential(Vectors.json(COMPLETE)).orElseThrow();

    @Test
    void readsTheAchievementDefinition() {
        Achievement achievement = complete.credentialSubject().achievement();

        assertThat(achievement.name()).isEqualTo("1EdTech University Degree");
        assertThat(achievement.achievementType()).isEqualTo("Degree");
        assertThat(achievement.criteria().narrative()).startsWith("# Degree Requirements");
        assertThat(achievement.alignment().values())
                .extracting(Alignment::targetCode, Alignment::targetType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("degree", "CFItem"),
                        org.assertj.core.groups.Tuple.tuple("degree", "CTDL"));
        assertThat(achievement.tag()).isEqualTo(OneOrMany.many("research", "computer science"));
        assertThat(achievement.creator().address().geo().latitude()).isEqualByComparingTo("1");
        assertThat(achievement
                        .resultDescription()
                        .values()
                        .get(1)
                        .rubricCriterionLevel()
                        .first()
                        .level())
                .isEqualTo("Mastered");
        assertThat(achievement.extensions()).isEmpty();
    }

    @Test
    void keepsNumbersAsDecimalsWithTheirScale() {
        assertThat(complete.credentialSubject().creditsEarned()).isEqualTo(new BigDecimal("42.0"));
        assertThat(complete.credentialSubject().achievement().creditsAvailable())
                .isEqualTo(new BigDecimal("36.0"));

        AchievementCredential integral = CredentialJson.readAchievementCredential(
                        Vectors.json("ob-v3p0-canonical/complete/credential.json"))
                .orElseThrow();
        assertThat(integral.credentialSubject().creditsEarned()).isEqualTo(new BigDecimal("42"));
        assertThat(CredentialJson.write(integral).at("/credentialSubject/creditsEarned"))
                .isEqualTo(IntNode.valueOf(42));
    }

    @Test
    void parsesDateTimesAndKeepsTheirText() {
        assertThat(complete.validFrom().instant()).contains(Instant.parse("2010-01-01T00:00:00Z"));
        assertThat(complete.validUntil().lexical()).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(complete.credentialSubject().activityEndDate().instant())
                .contains(Instant.parse("2010-01-02T00:00:00Z"));
    }

    @Test
    void readsTheIssuerObjectAndItsEndorsements() {
        Profile issuer = (Profile) complete.issuer();

        assertThat(issuer.id()).isEqualTo("https://1edtech.edu/issuers/565049");
        assertThat(issuer.phone()).isEqualTo("1-222-333-4444");
        assertThat(issuer.otherIdentifier().values())
                .extracting(IdentifierEntry::identifierType)
                .containsExactly("sourcedId", "nationalIdentityNumber");
        EndorsementCredential endorsement = issuer.endorsement().first();
        assertThat(endorsement.credentialSubject().endorsementComment())
                .isEqualTo("1EdTech University is in good standing");
        assertThat(endorsement.proof().first().cryptosuite()).isEqualTo("eddsa-rdf-2022");
    }

    @Test
    void readsAnIssuerGivenAsABareIri() {
        ObjectNode json = Vectors.json("ob-v3p0-impl/credential.json").deepCopy();
        json.put("issuer", "https://example.edu/issuers/565049");

        AchievementCredential credential =
                CredentialJson.readAchievementCredential(json).orElseThrow();

        assertThat(credential.issuer()).isEqualTo(new ProfileIri("https://example.edu/issuers/565049"));
        assertThat(CredentialJson.write(credential).get("issuer"))
                .isEqualTo(TextNode.valueOf("https://example.edu/issuers/565049"));
    }

    @Test
    void readsRecipientIdentifiersResultsAndEvidence() {
        AchievementSubject subject = complete.credentialSubject();

        assertThat(subject.identifier().values())
                .extracting(IdentityObject::identityHash)
                .containsExactly("student@1edtech.edu", "somebody@gmail.com");
        assertThat(subject.identifier().first().hashed()).isFalse();
        assertThat(subject.result().values().get(2).status()).isEqualTo("Completed");
        assertThat(subject.source().name()).isEqualTo("1EdTech College of Arts");
        assertThat(complete.evidence().values())
                .extracting(Evidence::name)
                .containsExactly("Final Project Report", "Final Project Code");
        assertThat(complete.credentialStatus().first().type()).isEqualTo("1EdTechRevocationList");
    }

    @Test
    void remembersWhetherProofWasOneObjectOrAnArray() {
        AchievementCredential single = CredentialJson.readAchievementCredential(
                        Vectors.json("ob-v3p0-impl/signed-credential.json"))
                .orElseThrow();
        ClrCredential clr = CredentialJson.readClrCredential(Vectors.json("clr-v2p0-impl/signed-credential.json"))
                .orElseThrow();

        assertThat(single.proof().array()).isFalse();
        assertThat(single.proof().first().proofPurpose()).isEqualTo("assertionMethod");
        assertThat(single.proof().first().created().instant()).contains(Instant.parse("2010-01-01T19:23:24Z"));
        assertThat(clr.proof().array()).isTrue();
        assertThat(clr.proof().size()).isOne();
    }

    @Test
    void readsTheClrSubjectWithItsEmbeddedCredentialsAndAssociations() {
        ClrCredential clr = (ClrCredential) CredentialJson.read(Vectors.json("clr-v2p0-impl/credential.json"))
                .orElseThrow();
        ClrSubject subject = clr.credentialSubject();

        assertThat(subject.type()).isEqualTo(OneOrMany.one("ClrSubject"));
        assertThat(subject.verifiableCredential().first())
                .isInstanceOfSatisfying(AchievementCredential.class, embedded -> assertThat(
                                embedded.credentialSubject().achievement().name())
                        .isEqualTo("Achievement 1"));
        assertThat(subject.achievement().values())
                .extracting(Achievement::name)
                .containsExactly("Achievement 1", "Achievement 2");
        assertThat(subject.association().first().associationType()).isEqualTo("isParentOf");
        assertThat(clr.context().values()).extracting(ContextEntry::iri).contains(ContextEntry.CLR_V2P0);
    }

    @Test
    void readsAnImageGivenAsABareDataUri() {
        GenericCredential employment = (GenericCredential)
                CredentialJson.read(Vectors.json("vc-di-eddsa/eddsa-rdfc-2022/employ/signedDataInt.json"))
                        .orElseThrow();
        Profile issuer = (Profile) employment.issuer();

        assertThat(issuer.image()).isInstanceOf(ImageIri.class);
        assertThat(issuer.image().id()).startsWith("data:image/png;base64,");
        assertThat(complete.image())
                .isEqualTo(new Image(
                        "https://1edtech.edu/credentials/3732/image",
                        "Image",
                        "1EdTech University Degree for Example Student",
                        null));
    }

    @Test
    void readsAStandaloneProfileDocument() {
        Profile profile = CredentialJson.readProfile(
                        Vectors.json("ob-v3p0-spec-examples/10-sample-putprofile-response.json"))
                .orElseThrow();

        assertThat(profile.type()).isEqualTo(OneOrMany.one("Profile"));
        assertThat(profile.context()).isEqualTo(ContextEntry.iris(ContextEntry.OB_V3P0));
        assertThat(profile.phone()).isEqualTo("111-222-3333");
    }

    @Test
    void readsADateOfBirth() {
        Profile profile = CredentialJson.readProfile(
                        "{\"id\": \"did:example:1\", \"type\": \"Profile\", \"dateOfBirth\": \"2001-02-03\"}")
                .orElseThrow();

        assertThat(profile.dateOfBirth()).isEqualTo(LocalDate.of(2001, 2, 3));
    }

    @Test
    void choosesTheKindOfCredentialFromItsType() {
        assertThat(CredentialJson.read(Vectors.json("ob-v3p0-spec-examples/01-sample-endorsementcredential.json"))
                        .orElseThrow())
                .isInstanceOf(EndorsementCredential.class);
        assertThat(CredentialJson.read(Vectors.json(COMPLETE)).orElseThrow()).isInstanceOf(AchievementCredential.class);
        assertThat(CredentialJson.read(Vectors.json("clr-v2p0-impl/credential.json"))
                        .orElseThrow())
                .isInstanceOf(ClrCredential.class);
        assertThat(CredentialJson.read(Vectors.json("vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json"))
                        .orElseThrow())
                .isInstanceOf(GenericCredential.class);
    }
}
