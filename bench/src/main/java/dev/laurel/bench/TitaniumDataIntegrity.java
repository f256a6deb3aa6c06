package dev.laurel.bench;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import dev.laurel.credentials.jsonld.BundledContexts;
import dev.laurel.credentials.key.Multibase;
import dev.laurel.credentials.key.Multikey;
import dev.laurel.credentials.key.SigningKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The fixed baseline of {@code bench/di}: {@code eddsa-rdfc-2022} wired by hand on Titanium, as a Java caller would
 * without Laurel — titanium-json-ld 1.7.0 {@code toRdf} (with Laurel's bundled contexts as its loader), titanium-rdfc
 * 2.0.0 for RDFC-1.0, SHA-256 of the canonical proof configuration and document, and the same BouncyCastle Ed25519
 * code Laurel signs and verifies with ({@link SigningKey}, {@link Multikey}). Documents are Jakarta JSON objects, as
 * Titanium reads them.
 *
 * <p>titanium-rdfc canonicalizes the complete example differently from the reference implementations (see the
 * credentials module's {@code ob-v3p0-canonical} vectors), so this is a speed baseline only: it verifies what it
 * signed, not what others sign.
 */
final class TitaniumDataIntegrity {

    private TitaniumDataIntegrity() {}

    /** The document with an {@code eddsa-rdfc-2022} proof added. */
    static JsonObject sign(JsonObject unsigned, SigningKey key, String verificationMethod, Instant created) {
        JsonObject proof = Json.createObjectBuilder()
                .add("type", "DataIntegrityProof")
                .add("created", DateTimeFormatter.ISO_INSTANT.format(created))
                .add("verificationMethod", verificationMethod)
                .add("cryptosuite", "eddsa-rdfc-2022")
                .add("proofPurpose", "assertionMethod")
                .build();
        byte[] signature = key.sign(hashData(unsigned, proof));
        JsonObject signedProof = Json.createObjectBuilder(proof)
                .add("proofValue", Multibase.encodeBase58Btc(signature))
                .build();
        return Json.createObjectBuilder(unsigned).add("proof", signedProof).build();
    }

    /** Whether the proof of {@code signed} holds under the did:key it names. */
    static boolean verify(JsonObject signed) {
        JsonObject proof = signed.getJsonObject("proof");
        JsonObject unsigned = Json.createObjectBuilder(signed).remove("proof").build();
        Multikey key = Multikey.fromDidKey(proof.getString("verificationMethod"));
        byte[] signature = Multibase.decode(proof.getString("proofValue"));
        return key.verify(hashData(unsigned, proof), signature);
    }

    private static byte[] hashData(JsonObject unsigned, JsonObject proof) {
        JsonObject configuration = Json.createObjectBuilder(proof)
                .remove("proofValue")
                .add("@context", unsigned.get("@context"))
                .build();
        byte[] hashData = new byte[64];
        System.arraycopy(sha256(canonical(configuration)), 0, hashData, 0, 32);
        System.arraycopy(sha256(canonical(unsigned)), 0, hashData, 32, 32);
        return hashData;
    }

    /** toRdf, then RDFC-1.0 with SHA-256, written as canonical N-Quads. */
    static String canonical(JsonObject document) {
        try {
            RdfCanon canon = RdfCanon.create("SHA-256");
            JsonLd.toRdf(JsonDocument.of(document))
                    .loader(BundledContexts.instance())
                    .provide(canon);
            StringWriter nquads = new StringWriter();
            canon.provide(new NQuadsWriter(nquads));
            return nquads.toString();
        } catch (JsonLdError | RdfConsumerException e) {
            throw new IllegalStateException("the baseline cannot canonicalize the document", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
