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

/**
 * Enveloped presentations (VC Data Model 2.0 §4.13.2): VP-JWTs a did:key holder signed, one per way they can fail,
 * asserting which check failed and why.
 */
class EnvelopedPresentationTest {

    private static final SigningKey ISSUER = FixtureKeys.issuer();
    private static final SigningKey HOLDER = FixtureKeys.other();
    private static final String CHALLENGE = "urn:uuid:6e62f66e-67de-11eb-b490-ef3eeefa55f2";
    private static final String DOMAIN = "verifier.example";
    private static final Instant NOW = NegativeFixturesTest.NOW.instant();

    private final PresentationVerifier verifier = new PresentationVerifier(
            Verifier.builder().clock(NegativeFixturesTest.NOW).build());

    @Test
    void verifiesAVpJwtItsHolderSignedForTheChallengeAndDomain() {
        PresentationReport report = verifier.verify(enveloped(claims(credential())), CHALLENGE, DOMAIN);

        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertThat(report.presentation().format()).isEqualTo("presentation vp-jwt");
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
                        CheckId.JWT_CLAIMS,
                        CheckId.VALID_FROM,
                        CheckId.VALID_UNTIL,
                        CheckId.CREDENTIALS);
        assertThat(report.presentation().checks()).allMatch(check -> check instanceof CheckResult.Passed);
        assertThat(report.credentials()).singleElement().satisfies(credential -> assertThat(credential.verified())
                .isTrue());
    }

    @Test
    void verifiesTheBareCompactJwsAndAPresentationInTheVc11VpClaim() {
        ObjectNode claims = Json.MAPPER.createObjectNode();
        claims.put("iss", HOLDER.publicKey().didKey());
        claims.put("nonce", CHALLENGE);
        claims.put("aud", DOMAIN);
        claims.set("vp", presentation(credential()));

        PresentationReport report = verifier.verifyJwt(VpJwts.sign(claims, HOLDER), CHALLENGE, DOMAIN);

        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
    }

    @Test
    void verifiesAP256HolderAndAnEnvelopedVcJwtItCarries() {
        SigningKey holder = FixtureKeys.p256();
        ObjectNode credential = credential();
        credential.remove("proof");
        ObjectNode carried = EnvelopedCredential.ofJwt(
                VcJwt.sign(credential, ISSUER, ISSUER.publicKey().didKeyVerificationMethod()));
        ObjectNode claims = claims(carried);
        claims.put("holder", holder.publicKey().didKey());
        claims.put("iss", holder.publicKey().didKey());

        PresentationReport report =
                verifier.verify(EnvelopedPresentation.ofJwt(VpJwts.sign(claims, holder)), CHALLENGE, DOMAIN);

        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertThat(report.credentials().get(0).format()).isEqualTo("vc-jwt");
    }

    @Test
    void readsTheEnvelopesContextGivenAsAStringAsTheSpecificationsExampleWritesIt() {
        ObjectNode envelope = enveloped(claims(credential()));
        envelope.put("@context", Contexts.VC_V2);

        assertThat(verifier.verify(envelope, CHALLENGE, DOMAIN).verified()).isTrue();
    }

    @Test
    void failsTheProofWhenTheSignatureDoesNotHold() {
        String jwt = VpJwts.sign(claims(credential()), HOLDER);
        String tampered = jwt.substring(0, jwt.length() - 4) + (jwt.endsWith("AAAA") ? "BBBB" : "AAAA");

        PresentationReport report = verifier.verify(EnvelopedPresentation.ofJwt(tampered), CHALLENGE, DOMAIN);

        assertThat(reason(report, CheckId.PROOF)).isEqualTo(Reason.PROOF_INVALID);
        assertThat(report.presentation().check(CheckId.HOLDER)).get().isInstanceOf(CheckResult.Skipped.class);
    }

    @Test
    void failsTheProofWhenThePayloadChangedAfterSigning() {
        String[] parts = VpJwts.sign(claims(credential()), HOLDER).split("\\.");
        ObjectNode changed = claims(credential());
        changed.put("nonce", "another");
        String payload = VpJwts.sign(changed, HOLDER).split("\\.")[1];

        PresentationReport report = verifier.verify(
                EnvelopedPresentation.ofJwt(parts[0] + "." + payload + "." + parts[2]), "another", DOMAIN);

        assertFailsOnly(report, CheckId.PROOF);
    }

    @Test
    void failsTheHolderWhenSomeoneElseSigned() {
        ObjectNode claims = claims(credential());
        claims.remove("iss");

        PresentationReport report =
                verifier.verify(EnvelopedPresentation.ofJwt(VpJwts.sign(claims, ISSUER)), CHALLENGE, DOMAIN);

        assertFailsOnly(report, CheckId.HOLDER);
        assertThat(reason(report, CheckId.HOLDER)).isEqualTo(Reason.HOLDER_NOT_CONTROLLER);
    }

    @Test
    void failsTheJwtClaimsWhenIssIsNotTheHolder() {
        ObjectNode claims = claims(credential());
        claims.put("iss", ISSUER.publicKey().didKey());

        PresentationReport report = verifier.verify(enveloped(claims), CHALLENGE, DOMAIN);

        assertFailsOnly(report, CheckId.JWT_CLAIMS);
        assertThat(reason(report, CheckId.JWT_CLAIMS)).isEqualTo(Reason.JWT_CLAIMS_MISMATCH);
    }

    @Test
    void failsTheChallengeWhenTheNonceAnswersAnotherOrNone() {
        assertFailsOnly(verifier.verify(enveloped(claims(credential())), "another", DOMAIN), CheckId.CHALLENGE);
        ObjectNode noNonce = claims(credential());
        noNonce.remove("nonce");
        PresentationReport report = verifier.verify(enveloped(noNonce), CHALLENGE, DOMAIN);
        assertThat(reason(report, CheckId.CHALLENGE)).isEqualTo(Reason.CHALLENGE_MISSING);
    }

    @Test
    void failsTheDomainWhenTheAudienceIsAnother() {
        PresentationReport report = verifier.verify(enveloped(claims(credential())), CHALLENGE, "attacker.example");

        assertFailsOnly(report, CheckId.DOMAIN);
        assertThat(reason(report, CheckId.DOMAIN)).isEqualTo(Reason.DOMAIN_MISMATCH);
    }

    @Test
    void failsWhenExpiredOrNotYetValidByTheClock() {
        ObjectNode expired = claims(credential());
        expired.put("exp", NOW.getEpochSecond());
        assertThat(reason(verifier.verify(enveloped(expired), CHALLENGE, DOMAIN), CheckId.VALID_UNTIL))
                .isEqualTo(Reason.VALID_UNTIL_EXPIRED);
        ObjectNode early = claims(credential());
        early.put("nbf", NOW.getEpochSecond() + 60);
        assertThat(reason(verifier.verify(enveloped(early), CHALLENGE, DOMAIN), CheckId.VALID_FROM))
                .isEqualTo(Reason.VALID_FROM_NOT_YET_VALID);
    }

    @Test
    void failsTheCredentialsWhenACarriedCredentialWasTamperedWith() {
        ObjectNode credential = credential();
        ((ObjectNode) credential.get("credentialSubject")).put("name", "Mallory");

        PresentationReport report = verifier.verify(enveloped(claims(credential)), CHALLENGE, DOMAIN);

        assertFailsOnly(report, CheckId.CREDENTIALS);
        assertThat(report.credentials().get(0).check(CheckId.PROOF)).get().isInstanceOf(CheckResult.Failed.class);
    }

    @Test
    void failsThePayloadThatIsNoPresentation() {
        ObjectNode claims = claims(credential());
        claims.putArray("type").add("VerifiableCredential");
        claims.remove("@context");

        PresentationReport report = verifier.verify(enveloped(claims), CHALLENGE, DOMAIN);

        assertThat(reason(report, CheckId.TYPE)).isEqualTo(Reason.TYPE_NOT_PRESENTATION);
        assertThat(reason(report, CheckId.CONTEXT)).isEqualTo(Reason.CONTEXT_MISSING);
    }

    @Test
    void refusesMalformedEnvelopesWithPreciseReasons() {
        ObjectNode valid = enveloped(claims(credential()));
        ObjectNode noContext = valid.deepCopy();
        noContext.remove("@context");
        ObjectNode emptyContext = valid.deepCopy();
        emptyContext.putArray("@context");
        ObjectNode examplesFirst = valid.deepCopy();
        examplesFirst.putArray("@context").add("https://www.w3.org/ns/credentials/examples/v2");
        ObjectNode objectContext = valid.deepCopy();
        objectContext.putObject("@context");
        ObjectNode notDataUrl = valid.deepCopy();
        notDataUrl.put(
                "id",
                valid.get("id").asText().substring(valid.get("id").asText().indexOf(',') + 1));
        ObjectNode badBase64 = valid.deepCopy();
        badBase64.put("id", "data:application/vp+jwt;base64,%%%");
        ObjectNode notJws = valid.deepCopy();
        notJws.put("id", "data:application/vp+jwt,not-a-jws");
        ObjectNode sdJwt = valid.deepCopy();
        sdJwt.put("id", "data:application/vp+sd-jwt,eyJhbGciOiJFUzI1NiJ9.e30.c2ln~");

        assertThat(reason(verifier.verify(noContext, null, null), CheckId.CONTEXT))
                .isEqualTo(Reason.CONTEXT_MISSING);
        assertThat(reason(verifier.verify(emptyContext, null, null), CheckId.CONTEXT))
                .isEqualTo(Reason.CONTEXT_MISSING);
        assertThat(reason(verifier.verify(examplesFirst, null, null), CheckId.CONTEXT))
                .isEqualTo(Reason.CONTEXT_NOT_VC);
        assertThat(reason(verifier.verify(objectContext, null, null), CheckId.CONTEXT))
                .isEqualTo(Reason.CONTEXT_MALFORMED);
        for (ObjectNode malformed : new ObjectNode[] {notDataUrl, badBase64, notJws}) {
            assertThat(reason(verifier.verify(malformed, null, null), CheckId.FORMAT))
                    .as(malformed.toString())
                    .isEqualTo(Reason.FORMAT_MALFORMED);
        }
        assertThat(reason(verifier.verify(sdJwt, null, null), CheckId.FORMAT)).isEqualTo(Reason.FORMAT_UNSUPPORTED);
    }

    @Test
    void refusesAJwsWithoutAKidOrOfACredentialsTyp() {
        ObjectNode header = Json.MAPPER.createObjectNode();
        header.put("alg", "EdDSA");
        header.put("typ", "vp+jwt");
        ObjectNode noKid = EnvelopedPresentation.ofJwt(VpJwts.sign(header, claims(credential()), HOLDER));
        header.put("kid", HOLDER.publicKey().didKeyVerificationMethod());
        header.put("typ", "vc+jwt");
        ObjectNode credentialTyp = EnvelopedPresentation.ofJwt(VpJwts.sign(header, claims(credential()), HOLDER));

        assertThat(reason(verifier.verify(noKid, null, null), CheckId.FORMAT)).isEqualTo(Reason.FORMAT_MALFORMED);
        assertThat(reason(verifier.verify(credentialTyp, null, null), CheckId.FORMAT))
                .isEqualTo(Reason.FORMAT_MALFORMED);
    }

    @Test
    void refusesHmacAndNone() {
        ObjectNode header = Json.MAPPER.createObjectNode();
        header.put("alg", "none");
        header.put("kid", HOLDER.publicKey().didKeyVerificationMethod());
        String signed = VpJwts.sign(header, claims(credential()), HOLDER);
        String unsigned = signed.substring(0, signed.lastIndexOf('.') + 1);

        PresentationReport report = verifier.verify(EnvelopedPresentation.ofJwt(unsigned), null, null);

        assertThat(reason(report, CheckId.PROOF)).isEqualTo(Reason.PROOF_INVALID);
    }

    @Test
    void verifiesAVc11VpJwtCarryingCompactVcJwtsAsStrings() {
        ObjectNode credential = credential();
        credential.remove("proof");
        String vcJwt = VcJwt.sign(credential, ISSUER, ISSUER.publicKey().didKeyVerificationMethod());
        ObjectNode vp = Json.MAPPER.createObjectNode();
        vp.putArray("@context").add("https://www.w3.org/2018/credentials/v1");
        vp.putArray("type").add("VerifiablePresentation");
        vp.put("holder", HOLDER.publicKey().didKey());
        vp.putArray("verifiableCredential").add(vcJwt);
        ObjectNode payload = Json.MAPPER.createObjectNode();
        payload.put("iss", HOLDER.publicKey().didKey());
        payload.put("nonce", CHALLENGE);
        payload.put("aud", DOMAIN);
        payload.put("iat", NOW.getEpochSecond() - 60);
        payload.set("vp", vp);

        PresentationReport report = verifier.verifyJwt(VpJwts.sign(payload, HOLDER), CHALLENGE, DOMAIN);

        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertThat(report.credentials()).hasSize(1);
        assertThat(report.credentials().get(0).format()).contains("vc-jwt");
    }

    @Test
    void failsTheCredentialsOfAVpJwtCarryingATamperedVcJwtString() {
        ObjectNode credential = credential();
        credential.remove("proof");
        String vcJwt = VcJwt.sign(credential, ISSUER, ISSUER.publicKey().didKeyVerificationMethod());
        String[] parts = vcJwt.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        ObjectNode claims = claims(credential);
        claims.putArray("verifiableCredential").add(tampered);

        PresentationReport report = verifier.verifyJwt(VpJwts.sign(claims, HOLDER), CHALLENGE, DOMAIN);

        assertFailsOnly(report, CheckId.CREDENTIALS);
    }

    private static Reason reason(PresentationReport report, CheckId check) {
        return report.presentation()
                .check(check)
                .filter(result -> result instanceof CheckResult.Failed)
                .flatMap(CheckResult::reason)
                .orElseThrow(() -> new AssertionError(check + " did not fail: " + report.toJson()));
    }

    private static void assertFailsOnly(PresentationReport report, CheckId check) {
        assertThat(report.verified()).isFalse();
        assertThat(report.presentation().failures())
                .as(report.toJson().toString())
                .extracting(CheckResult::id)
                .containsExactly(check);
    }

    private static ObjectNode enveloped(ObjectNode claims) {
        return EnvelopedPresentation.ofJwt(VpJwts.sign(claims, HOLDER));
    }

    /** The VP-JWT payload: the presentation, with iss, nonce, aud, iat and exp. */
    private static ObjectNode claims(ObjectNode credential) {
        ObjectNode claims = presentation(credential);
        claims.put("iss", HOLDER.publicKey().didKey());
        claims.put("nonce", CHALLENGE);
        claims.put("aud", DOMAIN);
        claims.put("iat", NOW.getEpochSecond() - 60);
        claims.put("exp", NOW.getEpochSecond() + 300);
        return claims;
    }

    private static ObjectNode presentation(ObjectNode credential) {
        ObjectNode presentation = Json.MAPPER.createObjectNode();
        presentation.putArray("@context").add(Contexts.VC_V2);
        presentation.putArray("type").add("VerifiablePresentation");
        presentation.put("holder", HOLDER.publicKey().didKey());
        presentation.putArray("verifiableCredential").add(credential);
        return presentation;
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
                credential,
                ISSUER,
                ProofOptions.assertion(
                        ISSUER.publicKey().didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));
    }
}
