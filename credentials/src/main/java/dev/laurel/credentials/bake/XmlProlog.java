package dev.laurel.credentials.bake;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What precedes the root element of an XML document in an ASCII-compatible encoding, read by a byte scan that never
 * throws: the XML declaration's encoding, a DOCTYPE, and where the root start tag begins.
 *
 * @param rootStart offset of the {@code <} of the root start tag
 * @param rootName the root element's qualified name
 * @param doctype whether a DOCTYPE declaration precedes the root
 * @param internalSubset whether that DOCTYPE has an internal subset, where entities would be declared
 * @param encoding the encoding named by the XML declaration, if any
 */
record XmlProlog(int rootStart, String rootName, boolean doctype, boolean internalSubset, Optional<String> encoding) {

    private static final Pattern ENCODING = Pattern.compile("\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private record Doctype(int end, boolean internalSubset) {}

    String rootLocalName() {
        return rootName.substring(rootName.indexOf(':') + 1);
    }

    static Optional<XmlProlog> scan(byte[] bytes) {
        int position = Markup.startsWith(bytes, 0, "\u00ef\u00bb\u00bf") ? 3 : 0;
        Optional<String> encoding = Optional.empty();
        if (Markup.startsWith(bytes, position, "<?xml") && Markup.isSpace(bytes, position + 5)) {
            int end = Markup.indexOf(bytes, "?>", position);
            if (end < 0) {
                return Optional.empty();
            }
            Matcher matcher =
                    ENCODING.matcher(new String(bytes, position, end - position, StandardCharsets.ISO_8859_1));
            encoding = matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
            position = end + 2;
        }
        Doctype doctype = null;
        while (true) {
            position = Markup.skipSpace(bytes, position);
            if (position >= bytes.length || bytes[position] != '<') {
                return Optional.empty();
            }
            if (Markup.startsWith(bytes, position, "<?")) {
                position = Markup.after(bytes, "?>", position + 2);
            } else if (Markup.startsWith(bytes, position, "<!--")) {
                position = Markup.after(bytes, "-->", position + 4);
            } else if (Markup.startsWith(bytes, position, "<!DOCTYPE") && doctype == null) {
                doctype = doctype(bytes, position + 9);
                position = doctype.end();
            } else {
                int nameEnd = Markup.nameEnd(bytes, position + 1);
                if (nameEnd == position + 1 || bytes[position + 1] == '!' || bytes[position + 1] == '?') {
                    return Optional.empty();
                }
                String name = new String(bytes, position + 1, nameEnd - position - 1, StandardCharsets.UTF_8);
                return Optional.of(new XmlProlog(
                        position, name, doctype != null, doctype != null && doctype.internalSubset(), encoding));
            }
            if (position < 0) {
                return Optional.empty();
            }
        }
    }

    /** The DOCTYPE's end (just after its {@code >}), or -1; quoted literals and a bracketed subset are skipped. */
    private static Doctype doctype(byte[] bytes, int from) {
        boolean subset = false;
        int position = from;
        while (position >= 0 && position < bytes.length) {
            byte c = bytes[position];
            if (c == '"' || c == '\'') {
                position = Markup.after(bytes, c == '"' ? "\"" : "'", position + 1);
            } else if (c == '[') {
                subset = true;
                position = subsetEnd(bytes, position + 1);
            } else if (c == '>') {
                return new Doctype(position + 1, subset);
            } else {
                position++;
            }
        }
        return new Doctype(-1, subset);
    }

    private static int subsetEnd(byte[] bytes, int from) {
        int position = from;
        while (position >= 0 && position < bytes.length) {
            byte c = bytes[position];
            if (c == '"' || c == '\'') {
                position = Markup.after(bytes, c == '"' ? "\"" : "'", position + 1);
            } else if (Markup.startsWith(bytes, position, "<!--")) {
                position = Markup.after(bytes, "-->", position + 4);
            } else if (c == ']') {
                return position + 1;
            } else {
                position++;
            }
        }
        return -1;
    }
}
