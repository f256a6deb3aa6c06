package dev.laurel.server.verification;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.bake.BadgePayload;
import dev.laurel.credentials.bake.BakeResult;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.proof.VcJwt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * Credentials signed afresh for each test run, by a new did:key issuer: the library's {@code valid.json} fixture
 * without its status entry (its status list lives on a host that does not exist) and re-signed. Fixtures in {@code
 * src/test/resources/verification} are copies of {@code credentials/src/test/resources/fixtures/verify}.
 */
public final class TestCredentials {

    private static final SigningKey ISSUER = SigningKey.generate(KeyType.ED25519, new SecureRandom());

    private TestCredentials() {}

    /** The credential, unsigned, issued by {@link #ISSUER}. */
    static ObjectNode unsigned() {
        ObjectNode credential = (ObjectNode) Json.parse(fixture("valid.json"));
        credential.remove("proof");
        credential.remove("credentialStatus");
        ((ObjectNode) credential.get("issuer")).put("id", ISSUER.publicKey().didKey());
        return credential;
    }

    /** The credential with a Data Integrity proof. */
    static ObjectNode signed() {
        return sign(unsigned());
    }

    /**
     * The credential issued as Laurel issues them: its subject has no {@code id}, but identifiers, a salted hash of
     * the recipient's email address first and their name in the clear ({@code identityType: "name", hashed: false}).
     */
    public static ObjectNode namedRecipient() {
        ObjectNode credential = unsigned();
        ObjectNode subject = (ObjectNode) credential.get("credentialSubject");
        subject.remove("id");
        ArrayNode identifiers = subject.putArray("identifier");
        identifiers
                .addObject()
                .put("type", "IdentityObject")
                .put("identityType", "emailAddress")
                .put("hashed", true)
                .put("identityHash", "sha256$c7ef86405ba71b85acd8e2e95166c4b111448089f2e1599f42fe1bba46e865c5")
                .put("salt", "deadsea");
        identifiers
                .addObject()
                .put("type", "IdentityObject")
                .put("identityType", "name")
                .put("hashed", false)
                .put("identityHash", "Ada Lovelace");
        return sign(credential);
    }

    private static ObjectNode sign(ObjectNode credential) {
        return DataIntegrity.sign(
                credential,
                ISSUER,
                ProofOptions.assertion(
                        ISSUER.publicKey().didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));
    }

    /**
     * The credential as a VC Data Model 1.1 one, as Open Badges 3.0 issuers wrote them before VC 2.0 (the VC 1.1
     * context first, {@code issuanceDate}), with a Data Integrity proof.
     */
    static ObjectNode vc11() {
        ObjectNode credential = asVc11(unsigned());
        return DataIntegrity.sign(
                credential,
                ISSUER,
                ProofOptions.assertion(
                        ISSUER.publicKey().didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));
    }

    /**
     * {@code credential} (unsigned) turned into the VC Data Model 1.1 form Open Badges 3.0 issuers wrote before VC 2.0:
     * the VC 1.1 context first, {@code issuanceDate} for {@code validFrom}.
     */
    public static ObjectNode asVc11(ObjectNode credential) {
        credential.set(
                "@context",
                Json.MAPPER
                        .createArrayNode()
                        .add("https://www.w3.org/2018/credentials/v1")
                        .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
                        .add("https://w3id.org/security/data-integrity/v2"));
        credential.set("issuanceDate", credential.remove("validFrom"));
        return credential;
    }

    /** The signed credential with its achievement renamed after signing. */
    public static ObjectNode tampered() {
        ObjectNode credential = signed();
        ((ObjectNode) credential.get("credentialSubject").get("achievement")).put("name", "Teamwork Champion");
        return credential;
    }

    /** The credential as a compact VC-JWT. */
    static String jwt() {
        return VcJwt.sign(unsigned(), ISSUER, ISSUER.publicKey().didKeyVerificationMethod());
    }

    /** A PNG with the signed credential baked in. */
    static byte[] bakedPng() {
        return switch (Baker.bake(fixture("valid.png"), BadgePayload.openBadgeCredential(Json.write(signed())))) {
            case BakeResult.Baked baked -> baked.image();
            case BakeResult.Refused refused -> throw new IllegalStateException(refused.message());
        };
    }

    static byte[] fixture(String name) {
        try (InputStream in = TestCredentials.class.getResourceAsStream("/verification/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
