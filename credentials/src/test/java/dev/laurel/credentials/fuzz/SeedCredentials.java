package dev.laurel.credentials.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import java.time.Instant;

/**
 * The valid credentials the structured fuzz target starts from, all issued by {@link Carrier#ISSUER}: the valid
 * verification fixture, and the same credential carrying a signed endorsement (with a 1EdTech revocation list), so
 * that mutants reach nested verification too.
 */
final class SeedCredentials {

    static final Instant SIGNED = Instant.parse("2026-01-01T00:00:00Z");
    static final String REVOCATION_LIST = "https://status.example/lists/revocation";
    static final String SUSPENSION_LIST = "https://status.example/lists/suspension";
    static final String ENDORSEMENT_REVOCATIONS = "https://state.gov/credentials/3732/revocations";

    static final ObjectNode VALID = Fixtures.object("fixtures/verify/valid.json");
    static final ObjectNode ENDORSED = endorsed();

    private SeedCredentials() {}

    /** Signs {@code document} by the fixture issuer, replacing any proof it has. */
    static ObjectNode sign(ObjectNode document) {
        ObjectNode unsigned = document.deepCopy();
        unsigned.remove("proof");
        return DataIntegrity.sign(
                unsigned,
                Carrier.ISSUER,
                ProofOptions.assertion(Carrier.ISSUER.publicKey().didKeyVerificationMethod(), SIGNED));
    }

    private static ObjectNode endorsed() {
        ObjectNode endorsement =
                Fixtures.object("spec/vectors/ob-v3p0-spec-examples/01-sample-endorsementcredential.json");
        ((ObjectNode) endorsement.get("issuer"))
                .put("id", Carrier.ISSUER.publicKey().didKey());
        ((ArrayNode) endorsement.get("credentialSchema")).remove(1);
        ObjectNode credential = VALID.deepCopy();
        ((ObjectNode) credential.get("credentialSubject").get("achievement"))
                .putArray("endorsement")
                .add(sign(endorsement));
        return sign(credential);
    }
}
