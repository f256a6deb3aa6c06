package dev.laurel.credentials.verify;

import static dev.laurel.credentials.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.EndorsementOutcome;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Endorsed-credential bundles: an unsigned presentation carrying a credential first, then endorsements of it. The
 * credential is verified as alone; each endorsement is reported verified, withdrawn (revoked in its status list) or
 * failed (it endorses something else, or its proof does not hold), none failing the credential.
 */
class EndorsedBundleTest {

    private static final SigningKey ISSUER = FixtureKeys.issuer();
    private static final SigningKey ENDORSER = SigningKey.of(KeyType.ED25519, filled(7));
    private static final String EXAMPLES = "spec/vectors/ob-v3p0-spec-examples/";
    private static final String REVOKED_LIST = "https://state.gov/credentials/withdrawn/revocations";

    @Test
    void verifiesTheCredentialAsAloneAndReportsAnEndorsementOfItVerified() {
        ObjectNode credential = credential();
        ObjectNode endorsement = endorsement(credential.get("id").asText(), null);

        VerificationReport alone = verifier().verify(credential);
        VerificationReport report = verifier().verify(Json.write(bundle(credential, endorsement)));

        assertThat(report.verified()).as(NegativeFixturesTest.describe(report)).isTrue();
        assertThat(report.credential()).contains(credential);
        assertThat(report.check(CheckId.PROOF)).isEqualTo(alone.check(CheckId.PROOF));
        assertThat(report.check(CheckId.FORMAT).orElseThrow().message()).contains("endorsed-credential bundle");
        assertThat(report.endorsements()).singleElement().satisfies(outcome -> {
            assertThat(outcome.endorser()).isEqualTo("State Department of Education");
            assertThat(outcome.date()).isEqualTo("2010-01-01T00:00:00Z");
            assertThat(outcome.status()).isEqualTo(EndorsementOutcome.Status.VERIFIED);
        });
        assertThat(report.toJson().at("/endorsements/0/status").asText()).isEqualTo("verified");
    }

    @Test
    void reportsAnEndorsementRevokedInItsListWithdrawnWithoutFailingTheCredential() {
        ObjectNode credential = credential();
        ObjectNode endorsement = endorsement(credential.get("id").asText(), REVOKED_LIST);

        VerificationReport report = verifier().verify(bundle(credential, endorsement));

        assertThat(report.verified()).isTrue();
        assertThat(report.endorsements())
                .extracting(EndorsementOutcome::status)
                .containsExactly(EndorsementOutcome.Status.WITHDRAWN);
        assertThat(report.check(CheckId.ENDORSEMENTS).orElseThrow().reasons())
                .containsExactly(Reason.ENDORSEMENTS_WITHDRAWN);
    }

    @Test
    void reportsAnEndorsementOfAnotherCredentialOrWithABrokenProofFailed() {
        ObjectNode credential = credential();
        ObjectNode elsewhere = endorsement("http://example.com/credentials/other", null);
        ObjectNode tampered = endorsement(credential.get("id").asText(), null);
        ((ObjectNode) tampered.get("credentialSubject")).put("endorsementComment", "Changed after signing");

        VerificationReport report = verifier().verify(bundle(credential, elsewhere, tampered));

        assertThat(report.verified()).isTrue();
        assertThat(report.endorsements())
                .extracting(EndorsementOutcome::status)
                .containsExactly(EndorsementOutcome.Status.FAILED, EndorsementOutcome.Status.FAILED);
        assertThat(report.endorsements().get(0).message()).contains("not this credential");
        assertThat(report.endorsements().get(1).message()).startsWith("proof");
        assertThat(report.check(CheckId.ENDORSEMENTS).orElseThrow().reasons())
                .containsExactly(Reason.ENDORSEMENTS_INVALID);
    }

    @Test
    void aPresentationWithAProofOrAHolderIsNotABundle() {
        ObjectNode bundle = bundle(credential(), endorsement("http://example.com/credentials/3527", null));
        bundle.put("holder", ISSUER.publicKey().didKey());

        assertThat(EndorsedBundle.read(bundle)).isEmpty();
    }

    private static Verifier verifier() {
        return Verifier.builder()
                .clock(NegativeFixturesTest.NOW)
                .fetcher(revocationLists())
                .build();
    }

    private static ObjectNode credential() {
        ObjectNode credential = object(EXAMPLES + "07-sample-openbadgecredential.json");
        ((ObjectNode) credential.get("issuer")).put("id", ISSUER.publicKey().didKey());
        return DataIntegrity.sign(
                credential,
                ISSUER,
                ProofOptions.assertion(
                        ISSUER.publicKey().didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));
    }

    /** The spec's sample endorsement, of {@code subject}, by the endorser's did:key, its list at {@code list}. */
    private static ObjectNode endorsement(String subject, String list) {
        ObjectNode endorsement = object(EXAMPLES + "01-sample-endorsementcredential.json");
        ((ObjectNode) endorsement.get("issuer")).put("id", ENDORSER.publicKey().didKey());
        ((ObjectNode) endorsement.get("credentialSubject")).put("id", subject);
        if (list != null) {
            ((ObjectNode) endorsement.get("credentialStatus")).put("id", list);
        }
        return DataIntegrity.sign(
                endorsement,
                ENDORSER,
                ProofOptions.assertion(
                        ENDORSER.publicKey().didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));
    }

    private static ObjectNode bundle(ObjectNode credential, ObjectNode... endorsements) {
        ObjectNode bundle = Json.MAPPER.createObjectNode();
        bundle.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        bundle.putArray("type").add("VerifiablePresentation");
        ArrayNode carried = bundle.putArray("verifiableCredential");
        carried.add(credential);
        Arrays.stream(endorsements).forEach(carried::add);
        return bundle;
    }

    /** A 1EdTech revocation list at any URL: empty, except the one at {@link #REVOKED_LIST}, which revokes its id. */
    private static HttpFetcher revocationLists() {
        return (url, accept) -> {
            String revoked = url.toString().equals(REVOKED_LIST)
                    ? "{\"id\": \"http://1edtech.edu/endorsementcredential/3732\"}"
                    : "";
            return new FetchResult.Fetched(
                    url,
                    "application/json",
                    ("{\"id\": \"" + url + "\", \"revokedCredentials\": [" + revoked + "]}")
                            .getBytes(StandardCharsets.UTF_8));
        };
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
