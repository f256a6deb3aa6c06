package dev.laurel.credentials.jsonld;

import static dev.laurel.credentials.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.rdf.BlankNode;
import dev.laurel.credentials.rdf.NQuads;
import dev.laurel.credentials.rdf.Quad;
import java.util.List;
import org.junit.jupiter.api.Test;

class FastPathTest {

    private static final String BASIC = "spec/vectors/ob-v3p0-canonical/basic/credential.json";
    private static final String COMPLETE = "spec/vectors/ob-v3p0-canonical/complete/signed-reference.json";

    @Test
    void leavesAnInlineContextToTheGeneralPath() {
        ObjectNode credential = object(BASIC);
        ((ArrayNode) credential.get("@context")).add(Json.parse("{\"colour\": \"https://example.com/vocab#colour\"}"));
        assertThat(declined(credential)).contains("bundled contexts");
    }

    @Test
    void leavesAContextItDoesNotBundleToTheGeneralPathWhichRefusesIt() {
        ObjectNode credential = object(BASIC);
        ((ArrayNode) credential.get("@context")).add("https://contexts.example/v1");
        assertThat(declined(credential)).isNotNull();
        assertThat(Differential.compare("unknown context", credential)).isEqualTo(Differential.Outcome.REFUSED);
    }

    @Test
    void leavesAnUndefinedPropertyToTheGeneralPathWhichRefusesIt() {
        ObjectNode credential = object(BASIC);
        ((ObjectNode) credential.get("credentialSubject")).put("favouriteColour", "green");
        assertThat(declined(credential)).contains("favouriteColour");
        assertThat(Differential.compare("undefined property", credential)).isEqualTo(Differential.Outcome.REFUSED);
    }

    @Test
    void leavesARelativeIdToTheGeneralPathWhichRefusesIt() {
        ObjectNode credential = object(BASIC);
        credential.put("id", "credentials/3732");
        assertThat(declined(credential)).contains("not an absolute IRI");
        assertThat(Differential.compare("relative id", credential)).isEqualTo(Differential.Outcome.REFUSED);
    }

    @Test
    void leavesAnIriTheGeneralPathWouldSilentlyDropToIt() {
        ObjectNode credential = object(BASIC);
        credential.put("id", "https://example.edu/credentials#3732#again");
        assertThat(declined(credential)).contains("#again");
    }

    @Test
    void convertsLanguageTaggedTextsWithTheTagLowerCased() {
        ObjectNode credential = object(BASIC);
        credential.set("name", Json.parse("{\"@value\": \"Abzeichen\", \"@language\": \"de-CH\"}"));
        assertThat(nquads(credential)).contains("\"Abzeichen\"@de-ch");
        assertThat(Differential.compare("language", credential)).isEqualTo(Differential.Outcome.SAME);
    }

    @Test
    void readsAWholeDecimalAsAnIntegerAsTheGeneralPathDoes() {
        ObjectNode credential = object("spec/vectors/ob-v3p0-spec-examples/06-complete-openbadgecredential.json");
        assertThat(nquads(credential)).contains("#creditsEarned> \"42\"^^<https://www.w3.org/2001/XMLSchema#float>");
    }

    @Test
    void putsEachProofInANamedGraphOfItsOwn() {
        ObjectNode credential = object(COMPLETE);
        List<Quad> quads = converted(credential);
        List<BlankNode> proofGraphs = quads.stream()
                .filter(quad -> quad.predicate().value().equals("https://w3id.org/security#proof"))
                .map(quad -> (BlankNode) quad.object())
                .distinct()
                .toList();
        int proofs = 0;
        for (var proof : credential.findValues("proof")) {
            proofs += proof.isArray() ? proof.size() : 1;
        }
        assertThat(proofGraphs).hasSize(proofs);
        for (BlankNode graph : proofGraphs) {
            assertThat(quads)
                    .anyMatch(quad -> quad.graph().equals(graph)
                            && quad.object().toString().contains("DataIntegrityProof"));
        }
    }

    @Test
    void countsEachDecision() {
        long fast = JsonLdPaths.fastPathCount();
        long fallback = JsonLdPaths.fallbackCount();
        JsonLdPaths.toRdf(object(BASIC));
        ObjectNode inline = object(BASIC);
        ((ArrayNode) inline.get("@context")).add(Json.parse("{\"colour\": \"https://example.com/vocab#colour\"}"));
        JsonLdPaths.toRdf(inline);
        assertThat(JsonLdPaths.fastPathCount()).isGreaterThan(fast);
        assertThat(JsonLdPaths.fallbackCount()).isGreaterThan(fallback);
    }

    private static String declined(ObjectNode document) {
        return Differential.declineReason(document);
    }

    private static List<Quad> converted(ObjectNode document) {
        return ((Conversion.Converted) FastPath.convert(document)).quads();
    }

    private static String nquads(ObjectNode document) {
        return NQuads.serialize(converted(document));
    }
}
