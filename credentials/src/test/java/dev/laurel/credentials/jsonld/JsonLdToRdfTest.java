package dev.laurel.credentials.jsonld;

import static dev.laurel.credentials.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.rdf.Canonicalizer;
import dev.laurel.credentials.rdf.NQuads;
import dev.laurel.credentials.rdf.Quad;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdToRdfTest {

    private static final String COMPLETE = "spec/vectors/ob-v3p0-canonical/complete/";

    @Test
    void producesTheSameDatasetAsJsonldJs() {
        List<Quad> quads = JsonLdToRdf.toRdf(object(COMPLETE + "credential.json"));
        List<Quad> reference = NQuads.parse(dev.laurel.credentials.Fixtures.text(COMPLETE + "input.nq"));
        assertThat(Canonicalizer.rdfc10().canonicalize(quads).nquads())
                .isEqualTo(Canonicalizer.rdfc10().canonicalize(reference).nquads());
    }

    @Test
    void readsAWholeDecimalAsAnIntegerAsJavaScriptDoes() {
        ObjectNode written = object("spec/vectors/ob-v3p0-spec-examples/06-complete-openbadgecredential.json");
        assertThat(written.get("credentialSubject").get("creditsEarned").toString())
                .isEqualTo("42.0");
        String nquads = NQuads.serialize(JsonLdToRdf.toRdf(written));
        assertThat(nquads).contains("#creditsEarned> \"42\"^^<https://www.w3.org/2001/XMLSchema#float>");
    }

    @Test
    void refusesAContextItDoesNotBundleNamingTheUrl() {
        ObjectNode credential = object(COMPLETE + "credential.json");
        ((ArrayNode) credential.get("@context")).add("https://contexts.example/v1");
        assertThatThrownBy(() -> JsonLdToRdf.toRdf(credential))
                .isInstanceOfSatisfying(JsonLdException.class, e -> assertThat(e.kind())
                        .isEqualTo(JsonLdException.Kind.UNKNOWN_CONTEXT))
                .hasMessageContaining("https://contexts.example/v1");
    }

    @Test
    void refusesAPropertyNoContextDefines() {
        ObjectNode credential = object(COMPLETE + "credential.json");
        ((ObjectNode) credential.get("credentialSubject")).put("favouriteColour", "green");
        assertThatThrownBy(() -> JsonLdToRdf.toRdf(credential))
                .isInstanceOfSatisfying(
                        JsonLdException.class, e -> assertThat(e.kind()).isEqualTo(JsonLdException.Kind.UNDEFINED_TERM))
                .hasMessageContaining("favouriteColour");
    }

    @Test
    void readsATermAnEmbeddedContextDefines() {
        ObjectNode credential = object(COMPLETE + "credential.json");
        ((ArrayNode) credential.get("@context"))
                .add(Json.MAPPER.createObjectNode().put("favouriteColour", "https://terms.example/#favouriteColour"));
        ((ObjectNode) credential.get("credentialSubject")).put("favouriteColour", "green");

        assertThat(NQuads.serialize(JsonLdToRdf.toRdf(credential)))
                .contains("<https://terms.example/#favouriteColour> \"green\"");
    }

    @Test
    void refusesAnEmbeddedContextRedefiningAProtectedTermNamingTheTerm() {
        ObjectNode credential = object(COMPLETE + "credential.json");
        ((ArrayNode) credential.get("@context"))
                .add(Json.MAPPER
                        .createObjectNode()
                        .put("favouriteColour", "https://terms.example/#favouriteColour")
                        .put("description", "https://terms.example/#description"));
        assertThatThrownBy(() -> JsonLdToRdf.toRdf(credential))
                .isInstanceOfSatisfying(
                        JsonLdException.class, e -> assertThat(e.kind()).isEqualTo(JsonLdException.Kind.PROTECTED_TERM))
                .hasMessageContaining("the protected term 'description'");
    }

    @Test
    void namesAProtectedTermANestedEmbeddedContextRedefines() {
        ObjectNode credential = object(COMPLETE + "credential.json");
        ((ObjectNode) credential.get("credentialSubject"))
                .set("@context", Json.MAPPER.createObjectNode().put("id", "https://terms.example/#id"));
        assertThatThrownBy(() -> JsonLdToRdf.toRdf(credential))
                .isInstanceOfSatisfying(
                        JsonLdException.class, e -> assertThat(e.kind()).isEqualTo(JsonLdException.Kind.PROTECTED_TERM))
                .hasMessageContaining("the protected term 'id'");
    }

    @Test
    void refusesTypesAndIdsThatWouldBeDroppedFromTheDataset() {
        ObjectNode withType = object(COMPLETE + "credential.json");
        ((ArrayNode) withType.get("type")).add("PlatinumCredential");
        assertThatThrownBy(() -> JsonLdToRdf.toRdf(withType)).hasMessageContaining("PlatinumCredential");

        ObjectNode withId = object(COMPLETE + "credential.json");
        withId.put("id", "not an IRI");
        assertThatThrownBy(() -> JsonLdToRdf.toRdf(withId)).hasMessageContaining("not an IRI");
    }

    @Test
    void acceptsPropertiesDefinedByAnInlineContext() {
        ObjectNode credential = object(COMPLETE + "credential.json");
        ((ArrayNode) credential.get("@context"))
                .add(Json.parse("{\"favouriteColour\": \"https://example.com/vocab#favouriteColour\"}"));
        ((ObjectNode) credential.get("credentialSubject")).put("favouriteColour", "green");
        assertThat(NQuads.serialize(JsonLdToRdf.toRdf(credential)))
                .contains("https://example.com/vocab#favouriteColour");
    }

    @Test
    void loadsEveryBundledContext() throws Exception {
        for (String url : BundledContexts.urls()) {
            assertThat(BundledContexts.instance()
                            .loadDocument(URI.create(url), null)
                            .getJsonContent())
                    .isPresent();
        }
        assertThat(BundledContexts.urls())
                .contains(
                        "https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                        "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json");
    }
}
