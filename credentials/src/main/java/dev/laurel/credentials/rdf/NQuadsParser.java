package dev.laurel.credentials.rdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A single-use parser for the RDF 1.1 N-Quads grammar, plus RDF 1.2 directional language tags ({@code @en--rtl}).
 * Comments and blank lines are allowed; IRIs must be absolute and may not contain, even escaped, the characters the
 * {@code IRIREF} production excludes.
 */
final class NQuadsParser {

    private static final int END = -1;

    private final String text;
    private final List<Quad> quads = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    NQuadsParser(String text) {
        this.text = text;
        if (text.startsWith("\uFEFF")) {
            pos = 1;
            lineStart = 1;
        }
    }

    List<Quad> parse() {
        while (true) {
            skipSpace();
            int c = peek();
            if (c == END) {
                return quads;
            } else if (c == '\n' || c == '\r') {
                newline();
            } else if (c == '#') {
                skipComment();
            } else {
                quads.add(statement());
                skipSpace();
                if (peek() == '#') {
                    skipComment();
                }
                c = peek();
                if (c != END && c != '\n' && c != '\r') {
                    throw error(pos, "expected end of line after '.'");
                }
            }
        }
    }

    private Quad statement() {
        Resource subject = resource("subject");
        skipSpace();
        if (peek() != '<') {
            throw error(pos, "expected an IRI as predicate");
        }
        Iri predicate = iri();
        skipSpace();
        RdfTerm object =
                switch (peek()) {
                    case '"' -> literal();
                    case '<', '_' -> resource("object");
                    default -> throw error(pos, "expected an IRI, blank node or literal as object");
                };
        skipSpace();
        GraphName graph = DefaultGraph.INSTANCE;
        if (peek() != '.') {
            graph = resource("graph label, or '.' to end the statement");
            skipSpace();
        }
        if (peek() != '.') {
            throw error(pos, "expected '.' at the end of the statement");
        }
        pos++;
        return new Quad(subject, predicate, object, graph);
    }

    private Resource resource(String role) {
        return switch (peek()) {
            case '<' -> iri();
            case '_' -> blankNode();
            default -> throw error(pos, "expected an IRI or blank node as " + role);
        };
    }

    private Iri iri() {
        int start = pos++;
        StringBuilder decoded = null;
        int segment = pos;
        while (true) {
            int c = peek();
            if (c == '>') {
                break;
            } else if (c == '\\') {
                decoded = decoded == null ? new StringBuilder() : decoded;
                decoded.append(text, segment, pos);
                int escape = pos;
                int codePoint = uchar();
                if (!GrammarChars.allowedInIri(codePoint)) {
                    throw error(escape, "escaped character %s is not allowed in an IRI".formatted(name(codePoint)));
                }
                decoded.appendCodePoint(codePoint);
                segment = pos;
            } else if (c == END || c == '\n' || c == '\r') {
                throw error(start, "IRI is not closed by '>'");
            } else if (!GrammarChars.allowedInIri(c)) {
                throw error(pos, "character %s is not allowed in an IRI".formatted(name(c)));
            } else {
                pos++;
            }
        }
        String value = decoded == null
                ? text.substring(segment, pos)
                : decoded.append(text, segment, pos).toString();
        pos++;
        if (!GrammarChars.isAbsoluteIri(value)) {
            throw error(start, "relative IRI <" + value + ">; N-Quads needs absolute IRIs");
        }
        return new Iri(value);
    }

    private BlankNode blankNode() {
        int start = pos;
        if (!text.startsWith("_:", pos)) {
            throw error(pos, "expected '_:' to start a blank node");
        }
        pos += 2;
        int first = codePoint();
        if (first == END || !(GrammarChars.isPnCharsU(first) || (first >= '0' && first <= '9'))) {
            throw error(pos, "a blank node label cannot start with " + (first == END ? "end of input" : name(first)));
        }
        pos += Character.charCount(first);
        int end = pos;
        for (int c = codePoint(); c != END && (c == '.' || GrammarChars.isPnChars(c)); c = codePoint()) {
            pos += Character.charCount(c);
            if (c != '.') {
                end = pos;
            }
        }
        pos = end; // a label does not end with '.', so trailing dots end the statement
        return new BlankNode(text.substring(start + 2, end));
    }

    private Literal literal() {
        int start = pos++;
        StringBuilder decoded = null;
        int segment = pos;
        while (true) {
            int c = peek();
            if (c == '"') {
                break;
            } else if (c == END) {
                throw error(start, "string literal is not closed by '\"'");
            } else if (c == '\n' || c == '\r') {
                throw error(pos, "line break inside a string literal (write it as an escape)");
            } else if (c == '\\') {
                decoded = decoded == null ? new StringBuilder() : decoded;
                decoded.append(text, segment, pos);
                escapeInString(decoded);
                segment = pos;
            } else {
                pos++;
            }
        }
        String lexicalForm = decoded == null
                ? text.substring(segment, pos)
                : decoded.append(text, segment, pos).toString();
        pos++;
        if (text.startsWith("^^", pos)) {
            pos += 2;
            if (peek() != '<') {
                throw error(pos, "expected a datatype IRI after '^^'");
            }
            Iri datatype = iri();
            try {
                return Literal.typed(lexicalForm, datatype);
            } catch (IllegalArgumentException e) {
                throw error(start, e.getMessage());
            }
        }
        return peek() == '@' ? languageTagged(lexicalForm) : Literal.string(lexicalForm);
    }

    private Literal languageTagged(String lexicalForm) {
        int start = ++pos;
        skipWhile(GrammarChars::isAsciiLetter);
        if (pos == start) {
            throw error(pos, "expected a language tag after '@'");
        }
        while (peek() == '-' && pos + 1 < text.length() && GrammarChars.isAsciiAlphanumeric(text.charAt(pos + 1))) {
            pos++;
            skipWhile(GrammarChars::isAsciiAlphanumeric);
        }
        String language = text.substring(start, pos);
        if (!text.startsWith("--", pos)) {
            if (peek() == '-') {
                throw error(pos, "malformed language tag");
            }
            return Literal.languageTagged(lexicalForm, language);
        }
        int directionStart = pos += 2;
        skipWhile(GrammarChars::isAsciiLetter);
        String direction = text.substring(directionStart, pos);
        if (!direction.equals("ltr") && !direction.equals("rtl")) {
            throw error(directionStart, "base direction must be ltr or rtl, not '" + direction + "'");
        }
        return Literal.directional(lexicalForm, language, Literal.Direction.ofTag(direction));
    }

    private void escapeInString(StringBuilder out) {
        char kind = pos + 1 < text.length() ? text.charAt(pos + 1) : ' ';
        char unescaped =
                switch (kind) {
                    case 't' -> '\t';
                    case 'b' -> '\b';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 'f' -> '\f';
                    case '"', '\'', '\\' -> kind;
                    default -> 0;
                };
        if (unescaped != 0) {
            out.append(unescaped);
            pos += 2;
        } else {
            out.appendCodePoint(uchar());
        }
    }

    /** Reads a UCHAR escape at {@code pos} (a backslash followed by u and 4 or U and 8 hex digits). */
    private int uchar() {
        int start = pos;
        char kind = pos + 1 < text.length() ? text.charAt(pos + 1) : ' ';
        int digits = kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
        if (digits == 0) {
            throw error(start, "invalid escape sequence");
        }
        long value = 0;
        for (int i = pos + 2; i < pos + 2 + digits; i++) {
            int digit = i < text.length() ? GrammarChars.hexValue(text.charAt(i)) : -1;
            if (digit < 0) {
                throw error(start, "escape needs " + digits + " hex digits after '" + kind + "'");
            }
            value = value * 16 + digit;
        }
        if (value > Character.MAX_CODE_POINT
                || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
            throw error(start, "escape does not denote a Unicode scalar value");
        }
        pos += 2 + digits;
        return (int) value;
    }

    private void skipSpace() {
        skipWhile(c -> c == ' ' || c == '\t');
    }

    private void skipComment() {
        skipWhile(c -> c != '\n' && c != '\r');
    }

    private void skipWhile(CharPredicate predicate) {
        while (pos < text.length() && predicate.test(text.charAt(pos))) {
            pos++;
        }
    }

    private void newline() {
        char c = text.charAt(pos++);
        if (c == '\r' && peek() == '\n') {
            pos++;
        }
        line++;
        lineStart = pos;
    }

    private int peek() {
        return pos < text.length() ? text.charAt(pos) : END;
    }

    private int codePoint() {
        return pos < text.length() ? text.codePointAt(pos) : END;
    }

    private NQuadsSyntaxException error(int at, String problem) {
        return new NQuadsSyntaxException(problem, line, at - lineStart + 1);
    }

    private static String name(int codePoint) {
        return "U+%04X".formatted(codePoint);
    }

    @FunctionalInterface
    private interface CharPredicate {
        boolean test(char c);
    }
}
