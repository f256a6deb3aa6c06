package dev.laurel.credentials.jsonld;

import static dev.laurel.credentials.jsonld.RandomParts.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;

/**
 * Random Open Badges 3.0 and CLR 2.0 credentials, for differential testing: the {@code n}-th credential of a seed is
 * always the same. They cover the model — optional fields, single values and arrays, language-tagged texts, dates,
 * numbers, nested results and result descriptions, alignments, evidence, identifiers, profiles with addresses,
 * embedded endorsements with their own contexts and proofs, CLRs holding credentials — and the bundled extension
 * context. A share carries an inline extension context (which the fast path leaves to the general processor), and a
 * share an oddity (an undefined property or type, a relative id, an unknown context, a number for a date).
 *
 * @param credential the document
 * @param plain whether it uses only bundled contexts and no oddity, so that the fast path must convert it when the
 *     general path does
 */
record RandomCredentials(ObjectNode credential, boolean plain) {

    static final String VC = "https://www.w3.org/ns/credentials/v2";
    static final String OB = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
    static final String CLR = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";
    static final String DATA_INTEGRITY = "https://w3id.org/security/data-integrity/v2";

    static RandomCredentials generate(long seed, int n) {
        RandomParts parts = new RandomParts(new Random(seed * 1_000_003L + n));
        RandomModel model = new RandomModel(parts);
        ObjectNode credential = parts.chance(0.15) ? model.clr() : model.achievementCredential(contexts(parts, OB));
        boolean plain = true;
        if (parts.chance(0.08)) {
            ((ArrayNode) credential.get("@context"))
                    .add(JSON.objectNode().put("favouriteColour", "https://example.org/ext#favouriteColour"));
            ((ObjectNode) credential.get("credentialSubject")).put("favouriteColour", parts.words());
            plain = false;
        }
        if (parts.chance(0.08)) {
            defect(parts, credential);
            plain = false;
        }
        return new RandomCredentials(credential, plain);
    }

    static ArrayNode contexts(RandomParts parts, String... rest) {
        ArrayNode contexts = JSON.arrayNode().add(VC);
        for (String context : rest) {
            contexts.add(context);
        }
        if (parts.chance(0.95)) {
            contexts.add(EXTENSIONS);
        }
        if (parts.chance(0.03)) {
            // after VC 2.0 the processor refuses it: its DataIntegrityProof redefines a protected term
            contexts.add(DATA_INTEGRITY);
        }
        return contexts;
    }

    /** One thing the general path refuses, or that the fast path may leave to it. */
    private static void defect(RandomParts parts, ObjectNode credential) {
        ObjectNode subject = (ObjectNode) credential.get("credentialSubject");
        switch (parts.random.nextInt(6)) {
            case 0 -> subject.put("awardedBy", parts.words());
            case 1 -> credential.put("id", "credentials/" + parts.random.nextInt(100));
            case 2 -> ((ArrayNode) credential.get("type")).add("PlatinumCredential");
            case 3 ->
                ((ArrayNode) credential.get("@context")).add("https://contexts.example/v" + parts.random.nextInt(9));
            case 4 -> subject.put("id", "not an IRI");
            default -> credential.set("validFrom", JSON.numberNode(parts.random.nextInt()));
        }
    }

    /** A Data Integrity proof as Laurel and others write them, sometimes with an id and a previous proof. */
    static JsonNode proof(RandomParts parts) {
        ObjectNode proof = parts.object();
        proof.put("type", "DataIntegrityProof");
        parts.maybe(proof, "id", 0.2, () -> JSON.textNode(parts.iri()));
        proof.put("cryptosuite", parts.chance(0.8) ? "eddsa-rdfc-2022" : "eddsa-rdf-2022");
        parts.maybe(proof, "created", 0.9, parts::dateTime);
        proof.put("verificationMethod", "did:web:example.edu:issuers:" + parts.random.nextInt(1000) + "#key-1");
        proof.put("proofPurpose", parts.chance(0.9) ? "assertionMethod" : "authentication");
        parts.maybe(proof, "previousProof", 0.1, () -> JSON.textNode(parts.iri()));
        parts.maybe(proof, "expires", 0.1, parts::dateTime);
        proof.put("proofValue", "z" + Long.toString(parts.random.nextLong() & Long.MAX_VALUE, 36));
        return proof;
    }
}
