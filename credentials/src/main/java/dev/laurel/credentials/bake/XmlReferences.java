package dev.laurel.credentials.bake;

/** Resolves the predefined entity and character references of XML in an attribute value; anything else is kept. */
final class XmlReferences {

    private XmlReferences() {}

    static String resolve(String raw) {
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int position = 0;
        while (position < raw.length()) {
            int semicolon = raw.indexOf(';', position);
            String replacement = raw.charAt(position) == '&' && semicolon > position
                    ? reference(raw.substring(position + 1, semicolon))
                    : null;
            if (replacement == null) {
                out.append(raw.charAt(position));
                position++;
            } else {
                out.append(replacement);
                position = semicolon + 1;
            }
        }
        return out.toString();
    }

    private static String reference(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> characterReference(name);
        };
    }

    private static String characterReference(String name) {
        if (name.length() < 2 || name.charAt(0) != '#' || name.length() > 10) {
            return null;
        }
        boolean hex = name.charAt(1) == 'x';
        try {
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
