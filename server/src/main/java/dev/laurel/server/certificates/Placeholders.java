package dev.laurel.server.certificates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a text block may hold, in braces: the credential's facts ({@link #NAMES}) and {@code
 * {custom.COLUMN}}, a column of the bulk file the credential was issued from (named as bulk names columns: lower case,
 * spaces and hyphens as underscores; empty for a credential issued otherwise).
 */
final class Placeholders {

    /** Every placeholder of a credential's facts. */
    static final List<String> NAMES = List.of(
            "recipient.name",
            "achievement.name",
            "achievement.description",
            "issued",
            "expires",
            "credits",
            "credential.id",
            "issuer.name");

    private static final Set<String> KNOWN = Set.copyOf(NAMES);
    private static final String CUSTOM = "custom.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern COLUMN = Pattern.compile("[\\p{L}\\p{N}_ \\-]{1,60}");

    private Placeholders() {}

    /** The placeholders in {@code text} that are not one of these, in the order they appear. */
    static List<String> unknown(String text) {
        List<String> unknown = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean custom = name.startsWith(CUSTOM)
                    && COLUMN.matcher(name.substring(CUSTOM.length())).matches();
            if (!custom && !KNOWN.contains(name)) {
                unknown.add("{" + name + "}");
            }
        }
        return unknown;
    }

    /** {@code text} with each placeholder replaced by its value in {@code values} or {@code custom}, else nothing. */
    static String fill(String text, Map<String, String> values, Map<String, String> custom) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value =
                    name.startsWith(CUSTOM) ? custom.get(column(name.substring(CUSTOM.length()))) : values.get(name);
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** A column's name as bulk keeps it. */
    static String column(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }

    /** The values of a credential's facts, by placeholder. */
    static Map<String, String> values(CertificateFacts facts) {
        return Map.of(
                "recipient.name", nonNull(facts.recipientName()),
                "achievement.name", nonNull(facts.achievementName()),
                "achievement.description", nonNull(facts.achievementDescription()),
                "issued", nonNull(facts.issuedOn()),
                "expires", nonNull(facts.expiresOn()),
                "credits", nonNull(facts.credits()),
                "credential.id", nonNull(facts.credentialId()),
                "issuer.name", nonNull(facts.issuerName()));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
