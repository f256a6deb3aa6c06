package dev.laurel.credentials.bake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where things are in the bytes of an SVG document already known to be well-formed UTF-8: the root start tag and its
 * attributes, and every baked credential element (of either standard, under any prefix). Offsets are byte offsets, so
 * edits splice the original bytes without re-serializing the document.
 *
 * @param root the root element's start tag
 * @param credentials the outermost credential elements, in document order
 */
record SvgMarkup(StartTag root, List<Credential> credentials) {

    /** An attribute; the value (between the quotes) spans {@code valueStart} to {@code valueEnd}. */
    record Attribute(String name, int valueStart, int valueEnd, String value) {}

    /**
     * A start tag from its {@code <} at {@code start} to just after its {@code >} at {@code end}; {@code close} is
     * where {@code >} or {@code />} begins.
     */
    record StartTag(String name, int start, int close, int end, boolean selfClosing, List<Attribute> attributes) {
        Optional<Attribute> attribute(String qualifiedName) {
            return attributes.stream()
                    .filter(attribute -> attribute.name().equals(qualifiedName))
                    .findFirst();
        }
    }

    /** A baked credential element spanning {@code start} (its {@code <}) to {@code end} (just after its last {@code >}). */
    record Credential(BadgeStandard standard, int start, int end) {}

    /** Scans from the root start tag; empty if the markup is not as a well-formed document's would be. */
    static Optional<SvgMarkup> scan(byte[] bytes, int rootStart) {
        Deque<Map<String, String>> scopes = new ArrayDeque<>();
        List<Credential> credentials = new ArrayList<>();
        StartTag root = null;
        BadgeStandard open = null;
        int openStart = 0;
        int openDepth = 0;
        int position = rootStart;
        while (position >= 0 && position < bytes.length) {
            if (bytes[position] != '<') {
                position = Markup.indexOf(bytes, "<", position);
                if (position < 0) {
                    break;
                }
            } else if (Markup.startsWith(bytes, position, "<!--")) {
                position = Markup.after(bytes, "-->", position + 4);
            } else if (Markup.startsWith(bytes, position, "<![CDATA[")) {
                position = Markup.after(bytes, "]]>", position + 9);
            } else if (Markup.startsWith(bytes, position, "<?")) {
                position = Markup.after(bytes, "?>", position + 2);
            } else if (Markup.startsWith(bytes, position, "</")) {
                if (scopes.isEmpty()) {
                    return Optional.empty();
                }
                position = Markup.after(bytes, ">", position + 2);
                if (position < 0) {
                    return Optional.empty();
                }
                if (open != null && scopes.size() == openDepth) {
                    credentials.add(new Credential(open, openStart, position));
                    open = null;
                }
                scopes.pop();
            } else {
                Optional<StartTag> parsed = startTag(bytes, position);
                if (parsed.isEmpty() || root != null && scopes.isEmpty()) {
                    return Optional.empty();
                }
                StartTag tag = parsed.get();
                root = root == null ? tag : root;
                scopes.push(declarations(tag));
                Optional<BadgeStandard> standard = open == null ? credentialStandard(tag, scopes) : Optional.empty();
                if (standard.isPresent() && tag.selfClosing()) {
                    credentials.add(new Credential(standard.get(), tag.start(), tag.end()));
                } else if (standard.isPresent()) {
                    open = standard.get();
                    openStart = tag.start();
                    openDepth = scopes.size();
                }
                if (tag.selfClosing()) {
                    scopes.pop();
                }
                position = tag.end();
            }
        }
        boolean complete = root != null && scopes.isEmpty() && open == null;
        return complete ? Optional.of(new SvgMarkup(root, List.copyOf(credentials))) : Optional.empty();
    }

    private static Optional<StartTag> startTag(byte[] bytes, int start) {
        int nameEnd = Markup.nameEnd(bytes, start + 1);
        if (nameEnd == start + 1) {
            return Optional.empty();
        }
        List<Attribute> attributes = new ArrayList<>();
        int position = nameEnd;
        while (true) {
            position = Markup.skipSpace(bytes, position);
            if (position >= bytes.length) {
                return Optional.empty();
            }
            if (bytes[position] == '>') {
                return Optional.of(new StartTag(
                        text(bytes, start + 1, nameEnd), start, position, position + 1, false, attributes));
            }
            if (Markup.startsWith(bytes, position, "/>")) {
                return Optional.of(
                        new StartTag(text(bytes, start + 1, nameEnd), start, position, position + 2, true, attributes));
            }
            int attributeNameEnd = Markup.nameEnd(bytes, position);
            int equals = Markup.skipSpace(bytes, attributeNameEnd);
            int quote = Markup.skipSpace(bytes, equals + 1);
            if (attributeNameEnd == position
                    || equals >= bytes.length
                    || bytes[equals] != '='
                    || quote >= bytes.length
                    || (bytes[quote] != '"' && bytes[quote] != '\'')) {
                return Optional.empty();
            }
            int valueEnd = Markup.indexOf(bytes, bytes[quote] == '"' ? "\"" : "'", quote + 1);
            if (valueEnd < 0) {
                return Optional.empty();
            }
            String value = XmlReferences.resolve(text(bytes, quote + 1, valueEnd));
            attributes.add(new Attribute(text(bytes, position, attributeNameEnd), quote + 1, valueEnd, value));
            position = valueEnd + 1;
        }
    }

    private static Map<String, String> declarations(StartTag tag) {
        Map<String, String> declared = new HashMap<>();
        for (Attribute attribute : tag.attributes()) {
            if (attribute.name().equals("xmlns")) {
                declared.put("", attribute.value());
            } else if (attribute.name().startsWith("xmlns:")) {
                declared.put(attribute.name().substring(6), attribute.value());
            }
        }
        return declared;
    }

    private static Optional<BadgeStandard> credentialStandard(StartTag tag, Deque<Map<String, String>> scopes) {
        int colon = tag.name().indexOf(':');
        String prefix = colon < 0 ? "" : tag.name().substring(0, colon);
        String localName = tag.name().substring(colon + 1);
        String namespace = scopes.stream()
                .filter(scope -> scope.containsKey(prefix))
                .map(scope -> scope.get(prefix))
                .findFirst()
                .orElse("");
        for (BadgeStandard standard : BadgeStandard.values()) {
            if (standard.svgNamespace.equals(namespace) && standard.svgElement.equals(localName)) {
                return Optional.of(standard);
            }
        }
        return Optional.empty();
    }

    private static String text(byte[] bytes, int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }
}
