package dev.laurel.credentials.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NQuadsTest {

    private static final Iri S = new Iri("http://example.org/s");
    private static final Iri P = new Iri("http://example.org/p");

    static Stream<String> canonicalSuiteOutputs() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.path("rdf-canon-tests/rdfc10"))) {
            return files
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("-rdfc10.nq"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("canonicalSuiteOutputs")
    void reproducesEveryCanonicalDocumentOfTheSuite(String file) {
        String document = Fixtures.text("rdf-canon-tests/rdfc10/" + file);

        assertThat(NQuads.serialize(NQuads.parse(document))).isEqualTo(document);
    }

    @Test
    void decodesEscapesAndWritesTheCanonicalOnes() {
        String document = "<http://example.org/s> <http://example.org/p> "
                + "\"\\u00E9\\U0001F600\\t\\b\\f\\r\\n\\\"\\'\\\\\\u0000\\u007f\\u0080\" .\n";

        Quad quad = NQuads.parse(document).getFirst();

        String expected = "é" + Character.toString(0x1F600) + "\t\b\f\r\n\"'\\" + (char) 0 + (char) 0x7F + (char) 0x80;
        assertThat(quad.object()).isEqualTo(Literal.string(expected));
        assertThat(NQuads.serialize(quad))
                .isEqualTo("<http://example.org/s> <http://example.org/p> \"é" + Character.toString(0x1F600)
                        + "\\t\\b\\f\\r\\n\\\"'\\\\\\u0000\\u007F" + (char) 0x80 + "\" .\n");
    }

    @Test
    void decodesEscapedIris() {
        Quad quad = NQuads.parse("<http://example.org/\\u00E9> <http://example.org/p> <urn:x:\\U0001F600> .")
                .getFirst();

        assertThat(quad.subject()).isEqualTo(new Iri("http://example.org/é"));
        assertThat(quad.object()).isEqualTo(new Iri("urn:x:" + Character.toString(0x1F600)));
    }

    @Test
    void readsLanguageTagsDirectionsAndDatatypes() {
        List<Quad> quads = NQuads.parse("""
                <http://example.org/s> <http://example.org/p> "chat"@fr .
                <http://example.org/s> <http://example.org/p> "colour"@en-GB .
                <http://example.org/s> <http://example.org/p> "مرحبا"@ar--rtl .
                <http://example.org/s> <http://example.org/p> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
                <http://example.org/s> <http://example.org/p> "plain"^^<http://www.w3.org/2001/XMLSchema#string> .
                """);

        assertThat(quads)
                .extracting(Quad::object)
                .containsExactly(
                        Literal.languageTagged("chat", "fr"),
                        Literal.languageTagged("colour", "en-GB"),
                        Literal.directional("مرحبا", "ar", Literal.Direction.RTL),
                        Literal.typed("42", new Iri("http://www.w3.org/2001/XMLSchema#integer")),
                        Literal.string("plain"));
        assertThat(NQuads.serialize(quads)).isEqualTo("""
                        <http://example.org/s> <http://example.org/p> "chat"@fr .
                        <http://example.org/s> <http://example.org/p> "colour"@en-GB .
                        <http://example.org/s> <http://example.org/p> "مرحبا"@ar--rtl .
                        <http://example.org/s> <http://example.org/p> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
                        <http://example.org/s> <http://example.org/p> "plain" .
                        """);
    }

    @Test
    void readsBlankNodesAsSubjectObjectAndGraphName() {
        Quad quad = NQuads.parse("_:s <http://example.org/p> _:o _:g .").getFirst();

        assertThat(quad).isEqualTo(Quad.of(new BlankNode("s"), P, new BlankNode("o"), new BlankNode("g")));
        assertThat(quad.inDefaultGraph()).isFalse();
        assertThat(NQuads.serialize(quad)).isEqualTo("_:s <http://example.org/p> _:o _:g .\n");
    }

    @Test
    void readsTheDefaultGraphAsDefaultGraph() {
        Quad quad = NQuads.parse("<http://example.org/s> <http://example.org/p> <http://example.org/o> .")
                .getFirst();

        assertThat(quad.graph()).isEqualTo(DefaultGraph.INSTANCE);
        assertThat(quad.inDefaultGraph()).isTrue();
    }

    @Test
    void acceptsCommentsBlankLinesLineEndsAndMinimalWhitespace() {
        String document = "# a comment\r\n\r\n"
                + "<http://example.org/s>\t<http://example.org/p> _:b1.\r"
                + "<http://example.org/s><http://example.org/p>\"x\"<http://example.org/g>. # trailing comment\n"
                + "_:a.b <http://example.org/p> _:c.d.\n";

        List<Quad> quads = NQuads.parse(document);

        assertThat(quads)
                .containsExactly(
                        Quad.of(S, P, new BlankNode("b1")),
                        Quad.of(S, P, Literal.string("x"), new Iri("http://example.org/g")),
                        Quad.of(new BlankNode("a.b"), P, new BlankNode("c.d")));
    }

    @Test
    void keepsDuplicatesInDocumentOrder() {
        String line = "<http://example.org/s> <http://example.org/p> _:o .\n";

        assertThat(NQuads.parse(line + line)).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unclosed IRI                 | 2 | <http://example.org/s> <http://example.org/p> <http://example.org/o .
            relative IRI                 | 2 | <s> <http://example.org/p> <http://example.org/o> .
            missing final dot            | 2 | <http://example.org/s> <http://example.org/p> <http://example.org/o>
            literal as subject           | 2 | "s" <http://example.org/p> <http://example.org/o> .
            blank node as predicate      | 2 | <http://example.org/s> _:p <http://example.org/o> .
            unknown string escape        | 2 | <http://example.org/s> <http://example.org/p> "\\q" .
            short unicode escape         | 2 | <http://example.org/s> <http://example.org/p> "\\u00E" .
            surrogate escape             | 2 | <http://example.org/s> <http://example.org/p> "\\uD800" .
            escape beyond Unicode        | 2 | <http://example.org/s> <http://example.org/p> "\\U00110000" .
            escaped space in IRI         | 2 | <http://example.org/\\u0020> <http://example.org/p> "o" .
            space in IRI                 | 2 | <http://example.org/a b> <http://example.org/p> "o" .
            unclosed literal             | 2 | <http://example.org/s> <http://example.org/p> "o .
            empty language tag           | 2 | <http://example.org/s> <http://example.org/p> "o"@ .
            unknown direction            | 2 | <http://example.org/s> <http://example.org/p> "o"@en--up .
            langString without tag       | 2 | <http://example.org/s> <http://example.org/p> "o"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .
            bad blank node label         | 2 | _:-b <http://example.org/p> "o" .
            text after the statement     | 2 | <http://example.org/s> <http://example.org/p> "o" . <http://example.org/x>
            literal as graph             | 2 | <http://example.org/s> <http://example.org/p> "o" "g" .
            """)
    void reportsTheLineOfMalformedInput(String problem, int line, String statement) {
        String document = "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n" + statement + "\n";

        assertThatThrownBy(() -> NQuads.parse(document))
                .as(problem)
                .isInstanceOfSatisfying(
                        NQuadsSyntaxException.class, e -> assertThat(e.line()).isEqualTo(line))
                .hasMessageContaining("line " + line + ",");
    }

    @Test
    void reportsTheColumnOfTheError() {
        NQuadsSyntaxException error = assertThrows(
                NQuadsSyntaxException.class,
                () -> NQuads.parse("\n\n<http://example.org/s> <http://example.org/p> \"\\q\" ."));

        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(48);
    }

    @Test
    void reportsALineBreakInsideALiteral() {
        assertThatThrownBy(() -> NQuads.parse("<http://example.org/s> <http://example.org/p> \"a\nb\" ."))
                .isInstanceOf(NQuadsSyntaxException.class)
                .hasMessageContaining("line 1,")
                .hasMessageContaining("line break inside a string literal");
    }
}
