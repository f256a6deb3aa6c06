package dev.laurel.credentials.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.proof.VcJwt;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.PresentationReport;
import dev.laurel.credentials.report.Reason;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Presentations signed by a did:key holder, one per way a presentation can fail, asserting which check failed. */
class PresentationVerifierTest {

    private static final SigningKey ISSUER = FixtureKeys.issuer();
    private static final SigningKey HOLDER = FixtureKeys.other();
    private static final Instant SIGNED = Instant.parse("2026-01-01T00:00:00Z");
    private static final String CHALLENGE = "urn:uuid:6e62f66e-67de-11eb-b490-ef3eeefa55f2";
    private static final String DOMAIN = "verifier.example";

    private final PresentationVerifier verifier = new PresentationVerifier(
            Verifier.builder().clock(NegativeFixturesTest.NOW).build());

    @Test
    void verifiesAPresentationItsHolderSignedForTheChallengeAndDomain() {
        PresentationReport report = verifier.verify(presentation(credential()), CHALLENGE, DOMAIN);

        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertThat(report.presentation().checks())
                .extracting(CheckResult::id)
                .containsExactly(
                        CheckId.FORMAT,
                        CheckId.CONTEXT,
                        CheckId.TYPE,
                        CheckId.PROOF,
                        CheckId.CHALLENGE,
                        CheckId.DOMAIN,
                        CheckId.HOLDER,
                        CheckId.CREDENTIALS);
        assertThat(report.presentation().checks()).allMatch(check -> check instanceof CheckResult.Passed);
        assertThat(report.credentials()).hasSize(1);
        assertThat(report.credentials().get(0).verified()).isTrue();
    }

    @Test
    void failsTheChallengeWhenTheProofAnswersAnother() {
        assertFailsOnly(verifier.verify(presentation(credential()), "another-challenge", DOMAIN), CheckId.CHALLENGE);
    }

    @Test
    void failsTheDomainWhenTheProofIsMeantForAnother() {
        assertFailsOnly(verifier.verify(presentation(credential()), CHALLENGE, "attacker.example"), CheckId.DOMAIN);
    }

    @Test
    void skipsChallengeAndDomainWhenNoneIsAskedFor() {
        PresentationReport report = verifier.verify(presentation(credential()), null, null);

        assertThat(report.verified()).isTrue();
        assertThat(report.presentation().check(CheckId.CHALLENGE)).get().isInstanceOf(CheckResult.Skipped.class);
        assertThat(report.presentation().check(CheckId.DOMAIN)).get().isInstanceOf(CheckResult.Skipped.class);
    }

    @Test
    void failsTheProofWhenThePresentationChangedAfterSigning() {
        ObjectNode presentation = presentation(credential());
        presentation.put("holder", ISSUER.publicKey().didKey());

        PresentationReport report = verifier.verify(presentation, CHALLENGE, DOMAIN);

        assertThat(report.verified()).isFalse();
        assertThat(report.presentation().check(CheckId.PROOF))
                .get()
                .isInstanceOfSatisfying(CheckResult.Failed.class, failed -> assertThat(failed.message())
                        .contains("changed after signing"));
    }

    @Test
    void failsTheProofWhenItWasMadeForAssertionRatherThanAuthentication() {
        ObjectNode unsigned = unsignedPresentation(credential());
        ObjectNode presentation = DataIntegrity.sign(
                unsigned,
                HOLDER,
                new ProofOptions(
                        HOLDER.publicKey().didKeyVerificationMethod(), SIGNED, "assertionMethod", CHALLENGE, DOMAIN));

        PresentationReport report = verifier.verify(presentation, CHALLENGE, DOMAIN);

        assertFailsOnly(report, CheckId.PROOF);
        assertThat(report.presentation().check(CheckId.PROOF).orElseThrow().message())
                .contains("'assertionMethod', expected 'authentication'");
    }

    @Test
    void failsTheHolderWhenSomeoneElseSigned() {
        ObjectNode unsigned = unsignedPresentation(credential());
        unsigned.put("holder", ISSUER.publicKey().didKey());

        assertFailsOnly(verifier.verify(signed(unsigned), CHALLENGE, DOMAIN), CheckId.HOLDER);
    }

    @Test
    void failsTheHolderWhenItIsNeitherAUrlNorAnObjectWithAnId() {
        for (String holder : new String[] {"{\"name\": \"Alice\"}", "42", "[]"}) {
            ObjectNode unsigned = unsignedPresentation(credential());
            unsigned.set("holder", Json.parse(holder));

            PresentationReport report = verifier.verify(signed(unsigned), CHALLENGE, DOMAIN);

            assertFailsOnly(report, CheckId.HOLDER);
            assertThat(report.presentation().check(CheckId.HOLDER).orElseThrow().reason())
                    .contains(Reason.HOLDER_MALFORMED);
            assertThat(verifier.verifyUnsecured(unsigned).verified()).isFalse();
        }
    }

    @Test
    void verifiesASelfAssertedCredentialSecuredOnlyByTheHoldersProof() {
        ObjectNode claims = selfAsserted();
        claims.put("issuer", HOLDER.publicKey().didKey());

        PresentationReport report = verifier.verify(presentation(claims), CHALLENGE, DOMAIN);

        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertThat(report.credentials()
                        .get(0)
                        .check(CheckId.PROOF)
                        .orElseThrow()
                        .message())
                .startsWith("self-asserted: secured by the holder's proof on the presentation");
    }

    @Test
    void failsACredentialWithoutAProofThatIsNotSelfAsserted() {
        ObjectNode othersClaims = selfAsserted();
        othersClaims.put("issuer", ISSUER.publicKey().didKey());
        ObjectNode noHolder = unsignedPresentation(selfAsserted());
        noHolder.remove("holder");
        ObjectNode mismatch = unsignedPresentation(selfAsserted());
        mismatch.put("holder", "did:example:acme");

        for (ObjectNode presentation :
                new ObjectNode[] {presentation(othersClaims), signed(noHolder), signed(mismatch)}) {
            PresentationReport report = verifier.verify(presentation, CHALLENGE, DOMAIN);

            assertThat(report.verified()).isFalse();
            assertThat(report.credentials()
                            .get(0)
                            .check(CheckId.PROOF)
                            .orElseThrow()
                            .reason())
                    .contains(Reason.PROOF_MISSING);
        }
        // an unsigned presentation secures nothing
        PresentationReport unsigned = verifier.verifyUnsecured(unsignedPresentation(selfAsserted()));
        assertThat(unsigned.verified()).isFalse();
    }

    @Test
    void failsTheCredentialsWhenACarriedCredentialWasTamperedWith() {
        ObjectNode credential = credential();
        ((ObjectNode) credential.get("credentialSubject")).put("name", "Mallory");

        PresentationReport report = verifier.verify(presentation(credential), CHALLENGE, DOMAIN);

        assertFailsOnly(report, CheckId.CREDENTIALS);
        assertThat(report.presentation()
                        .check(CheckId.CREDENTIALS)
                        .orElseThrow()
                        .message())
                .startsWith("verifiableCredential[0] does not verify (proof:");
        assertThat(report.credentials().get(0).failures())
                .extracting(CheckResult::id)
                .containsExactly(CheckId.PROOF);
    }

    @Test
    void failsAPresentationWithoutAProofAndVerifiesItsCredentialsWhenAskedToOnly() {
        ObjectNode unsigned = unsignedPresentation(credential());

        PresentationReport secured = verifier.verify(unsigned, CHALLENGE, DOMAIN);
        assertThat(secured.presentation().failures())
                .extracting(CheckResult::id)
                .containsExactly(CheckId.PROOF, CheckId.CHALLENGE, CheckId.DOMAIN);

        PresentationReport unsecured = verifier.verifyUnsecured(unsigned);
        assertThat(unsecured.verified()).isTrue();
        assertThat(unsecured.presentation().check(CheckId.PROOF)).get().isInstanceOf(CheckResult.Skipped.class);
    }

    @Test
    void verifiesAnEnvelopedVcJwtItCarries() {
        ObjectNode credential = credential();
        credential.remove("proof");
        String jwt = VcJwt.sign(credential, ISSUER, ISSUER.publicKey().didKeyVerificationMethod());
        ObjectNode enveloped = EnvelopedCredential.ofJwt(jwt);

        PresentationReport report = verifier.verify(presentation(enveloped), CHALLENGE, DOMAIN);

        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertThat(report.credentials().get(0).format()).isEqualTo("vc-jwt");
    }

    @Test
    void failsTheFormatOfSomethingThatIsNoPresentation() {
        PresentationReport report = verifier.verify(Json.parse("[1, 2]"), CHALLENGE, DOMAIN);

        assertThat(report.presentation().failures()).extracting(CheckResult::id).containsExactly(CheckId.FORMAT);
    }

    @Test
    void failsTheTypeOfACredentialGivenAsAPresentation() {
        ObjectNode unsigned = credential();
        unsigned.remove("proof");

        PresentationReport report = verifier.verify(signed(unsigned), CHALLENGE, DOMAIN);

        assertThat(report.presentation().failures()).extracting(CheckResult::id).contains(CheckId.TYPE);
    }

    private static void assertFailsOnly(PresentationReport report, CheckId check) {
        assertThat(report.verified()).isFalse();
        assertThat(report.presentation().failures())
                .as(report.toJson().toString())
                .extracting(CheckResult::id)
                .containsExactly(check);
    }

    /** A VC 2.0 credential the fixture issuer signed, about the holder. */
    private static ObjectNode credential() {
        ObjectNode credential = (ObjectNode) Json.parse(
                """
                {
                  "@context": ["https://www.w3.org/ns/credentials/v2"],
                  "id": "urn:uuid:0fc754bc-fc32-46a0-aec1-a5ef385e7ea0",
                  "type": ["VerifiableCredential"],
                  "issuer": "%s",
                  "validFrom": "2026-01-01T00:00:00Z",
                  "credentialSubject": {"id": "%s", "name": "Alice"}
                }
                """.formatted(ISSUER.publicKey().didKey(), HOLDER.publicKey().didKey()));
        return DataIntegrity.sign(
                credential, ISSUER, ProofOptions.assertion(ISSUER.publicKey().didKeyVerificationMethod(), SIGNED));
    }

    /** A credential without a proof, issued by the holder (its issuer is set by the test). */
    private static ObjectNode selfAsserted() {
        ObjectNode credential = credential();
        credential.remove("proof");
        credential.put("issuer", HOLDER.publicKey().didKey());
        return credential;
    }

    private static ObjectNode unsignedPresentation(ObjectNode credential) {
        ObjectNode presentation = Json.MAPPER.createObjectNode();
        presentation.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        presentation.putArray("type").add("VerifiablePresentation");
        presentation.put("holder", HOLDER.publicKey().didKey());
        presentation.putArray("verifiableCredential").add(credential);
        return presentation;
    }

    private static ObjectNode presentation(ObjectNode credential) {
        return signed(unsignedPresentation(credential));
    }

    private static ObjectNode signed(ObjectNode presentation) {
        return DataIntegrity.sign(
                presentation,
                HOLDER,
                ProofOptions.authentication(HOLDER.publicKey().didKeyVerificationMethod(), SIGNED, CHALLENGE, DOMAIN));
    }
}
