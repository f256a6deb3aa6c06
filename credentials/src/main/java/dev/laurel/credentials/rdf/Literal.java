package dev.laurel.credentials.rdf;

import java.util.Objects;

/**
 * An RDF literal: a lexical form with a datatype, and for language-tagged strings a language tag and, as in RDF 1.2, an
 * optional base direction.
 *
 * <p>Invariants, checked on construction: the datatype is {@link Iri#RDF_LANG_STRING} exactly when there is a language
 * tag and no direction, {@link Iri#RDF_DIR_LANG_STRING} exactly when there are both, and neither otherwise. The
 * language tag is kept as given (RDFC-1.0 does not normalize its case). Absent parts are {@code null}; use the
 * factories ({@link #string}, {@link #typed}, {@link #languageTagged}, {@link #directional}) rather than the canonical
 * constructor.
 *
 * <p>JSON-LD's {@code rdfDirection: "i18n-datatype"} mode needs no direction here: it produces an ordinary typed
 * literal with a datatype such as {@code https://www.w3.org/ns/i18n#en_rtl}. The direction models RDF 1.2
 * directional language-tagged strings ({@code "..."@en--rtl} in N-Quads). Immutable and thread-safe.
 *
 * @param lexicalForm the lexical form, unescaped, never null
 * @param datatype the datatype IRI, never null
 * @param language the language tag, or {@code null} when the literal is not language-tagged; never empty
 * @param direction the base direction, or {@code null} when there is none
 */
public record Literal(String lexicalForm, Iri datatype, String language, Direction direction) implements RdfTerm {

    /** The base direction of an RDF 1.2 directional language-tagged string. */
    public enum Direction {
        LTR,
        RTL;

        /** The direction as written after {@code --} in N-Quads: {@code ltr} or {@code rtl}. */
        public String tag() {
            return this == LTR ? "ltr" : "rtl";
        }

        /**
         * The direction written {@code tag}.
         *
         * @throws IllegalArgumentException unless {@code tag} is {@code ltr} or {@code rtl}
         */
        public static Direction ofTag(String tag) {
            return switch (tag) {
                case "ltr" -> LTR;
                case "rtl" -> RTL;
                default -> throw new IllegalArgumentException("base direction must be ltr or rtl: " + tag);
            };
        }
    }

    public Literal {
        Objects.requireNonNull(lexicalForm, "lexicalForm");
        Objects.requireNonNull(datatype, "datatype");
        if (language == null) {
            if (direction != null) {
                throw new IllegalArgumentException("a base direction needs a language tag");
            }
            if (datatype.equals(Iri.RDF_LANG_STRING) || datatype.equals(Iri.RDF_DIR_LANG_STRING)) {
                throw new IllegalArgumentException("a literal of datatype " + datatype + " needs a language tag");
            }
        } else {
            if (language.isEmpty()) {
                throw new IllegalArgumentException("empty language tag");
            }
            Iri expected = direction == null ? Iri.RDF_LANG_STRING : Iri.RDF_DIR_LANG_STRING;
            if (!datatype.equals(expected)) {
                throw new IllegalArgumentException("a language-tagged literal"
                        + (direction == null ? "" : " with a base direction") + " has datatype " + expected
                        + ", not " + datatype);
            }
        }
    }

    /** A plain string literal (datatype {@code xsd:string}). */
    public static Literal string(String lexicalForm) {
        return new Literal(lexicalForm, Iri.XSD_STRING, null, null);
    }

    /** A literal of the given datatype, which must not be {@code rdf:langString} or {@code rdf:dirLangString}. */
    public static Literal typed(String lexicalForm, Iri datatype) {
        return new Literal(lexicalForm, datatype, null, null);
    }

    /** A language-tagged string (datatype {@code rdf:langString}). */
    public static Literal languageTagged(String lexicalForm, String language) {
        return new Literal(lexicalForm, Iri.RDF_LANG_STRING, Objects.requireNonNull(language, "language"), null);
    }

    /** A directional language-tagged string (RDF 1.2, datatype {@code rdf:dirLangString}). */
    public static Literal directional(String lexicalForm, String language, Direction direction) {
        return new Literal(
                lexicalForm,
                Iri.RDF_DIR_LANG_STRING,
                Objects.requireNonNull(language, "language"),
                Objects.requireNonNull(direction, "direction"));
    }

    /** Whether this literal carries a language tag. */
    public boolean isLanguageTagged() {
        return language != null;
    }

    @Override
    public String toString() {
        return CanonicalTerms.literal(this);
    }
}
