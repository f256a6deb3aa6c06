package dev.laurel.credentials.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LiteralTest {

    @Test
    void givesEachKindOfLiteralItsDatatype() {
        assertThat(Literal.string("a").datatype()).isEqualTo(Iri.XSD_STRING);
        assertThat(Literal.languageTagged("a", "en").datatype()).isEqualTo(Iri.RDF_LANG_STRING);
        assertThat(Literal.directional("a", "en", Literal.Direction.LTR).datatype())
                .isEqualTo(Iri.RDF_DIR_LANG_STRING);
    }

    @Test
    void rejectsALanguageDatatypeWithoutLanguageTag() {
        assertThatThrownBy(() -> Literal.typed("a", Iri.RDF_LANG_STRING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Literal.typed("a", Iri.RDF_DIR_LANG_STRING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsALanguageTagWithAnotherDatatype() {
        assertThatThrownBy(() -> new Literal("a", Iri.XSD_STRING, "en", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Literal("a", Iri.RDF_LANG_STRING, "en", Literal.Direction.RTL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsADirectionWithoutLanguageTagAndAnEmptyTag() {
        assertThatThrownBy(() -> new Literal("a", Iri.RDF_DIR_LANG_STRING, null, Literal.Direction.RTL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Literal.languageTagged("a", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparesByLexicalFormNotValue() {
        Iri integer = new Iri("http://www.w3.org/2001/XMLSchema#integer");

        assertThat(Literal.typed("01", integer)).isNotEqualTo(Literal.typed("1", integer));
        assertThat(Literal.typed("1", integer)).isEqualTo(Literal.typed("1", new Iri(integer.value())));
    }
}
