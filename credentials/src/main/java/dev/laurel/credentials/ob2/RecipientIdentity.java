package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The recipient of an Open Badges 2.0 assertion: its IdentityObject ({@code recipient}), and whether a known
 * identifier — an email address, a URL, a telephone number — is the one it names.
 *
 * <p>A hashed identity is {@code sha256$} or {@code md5$} followed by the hex digest (either case) of the identifier
 * followed by the salt, if any. {@link #matches(String)} compares an identifier as given; an email address that does
 * not match as given is tried again trimmed and lower-cased, because issuers commonly normalize addresses that way
 * before hashing. Immutable and thread-safe.
 *
 * @param type the profile property the identity is a value of: {@code email}, {@code url}, {@code telephone},
 *     {@code id}, or another IRI
 * @param identity the identifier, or its hash when {@code hashed}
 * @param hashed whether {@code identity} is a hash
 * @param salt what was appended to the identifier before hashing, when anything was
 */
public record RecipientIdentity(String type, String identity, boolean hashed, Optional<String> salt) {

    private static final Pattern HASH = Pattern.compile("(?i)(sha256\\$[0-9a-f]{64}|md5\\$[0-9a-f]{32})");
    private static final Set<String> RECOMMENDED_TYPES = Set.of("email", "url", "telephone", "id");

    public RecipientIdentity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(salt, "salt");
    }

    /**
     * Reads an IdentityObject; never throws. It is malformed when it is not an object, when {@code type} or {@code
     * identity} is not a non-empty string, when {@code hashed} or {@code salt} has the wrong type, or when a hashed
     * identity is not {@code sha256$} + 64 hex digits or {@code md5$} + 32. A missing {@code hashed} means false.
     */
    public static Reading read(JsonNode recipient) {
        if (recipient == null || !recipient.isObject()) {
            return new Reading.Malformed("the recipient must be an IdentityObject, not " + Nodes.describe(recipient));
        }
        Optional<String> type = Nodes.text(recipient.get("type"));
        Optional<String> identity = Nodes.text(recipient.get("identity"));
        JsonNode hashed = recipient.get("hashed");
        JsonNode salt = recipient.get("salt");
        if (type.isEmpty()) {
            return new Reading.Malformed("the recipient's type must name the identifying property (e.g. \"email\"),"
                    + " not " + Nodes.describe(recipient.get("type")));
        }
        if (identity.isEmpty()) {
            return new Reading.Malformed(
                    "the recipient's identity must be a string, not " + Nodes.describe(recipient.get("identity")));
        }
        if (hashed != null && !hashed.isNull() && !hashed.isBoolean()) {
            return new Reading.Malformed("the recipient's hashed must be true or false, not " + Nodes.describe(hashed));
        }
        if (salt != null && !salt.isNull() && !salt.isTextual()) {
            return new Reading.Malformed("the recipient's salt must be a string, not " + Nodes.describe(salt));
        }
        boolean isHashed = hashed != null && hashed.asBoolean();
        if (isHashed && !HASH.matcher(identity.get()).matches()) {
            return new Reading.Malformed("the recipient is hashed but its identity \"" + identity.get()
                    + "\" is not sha256$ followed by 64 hex digits or md5$ followed by 32");
        }
        List<String> warnings = new ArrayList<>();
        if (!RECOMMENDED_TYPES.contains(type.get())) {
            warnings.add("the recipient type " + type.get() + " is not one of email, url, telephone or id");
        }
        if (!isHashed && HASH.matcher(identity.get()).matches()) {
            warnings.add("the recipient's identity looks like a hash but hashed is not true");
        }
        Optional<String> saltValue = salt != null && salt.isTextual() ? Optional.of(salt.asText()) : Optional.empty();
        return new Reading.Read(new RecipientIdentity(type.get(), identity.get(), isHashed, saltValue), warnings);
    }

    /** Whether {@code recipient}, an IdentityObject, names {@code identifier}; false when it is malformed. */
    public static boolean matches(JsonNode recipient, String identifier) {
        return read(recipient) instanceof Reading.Read read && read.identity().matches(identifier);
    }

    /** Whether {@code identifier} is the one this identity names (see the class comment for the email rule). */
    public boolean matches(String identifier) {
        if (identifier == null) {
            return false;
        }
        if (sameAs(identifier)) {
            return true;
        }
        String normalized = identifier.strip().toLowerCase(Locale.ROOT);
        return type.equals("email") && !normalized.equals(identifier) && sameAs(normalized);
    }

    private boolean sameAs(String identifier) {
        if (!hashed) {
            return identity.equals(identifier);
        }
        int dollar = identity.indexOf('$');
        String algorithm = identity.substring(0, dollar).toLowerCase(Locale.ROOT);
        String expected = identity.substring(dollar + 1);
        return switch (algorithm) {
            case "sha256" -> digest("SHA-256", identifier).equalsIgnoreCase(expected);
            case "md5" -> digest("MD5", identifier).equalsIgnoreCase(expected);
            default -> false;
        };
    }

    private String digest(String algorithm, String identifier) {
        try {
            byte[] input = (identifier + salt.orElse("")).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(input));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }

    /** The outcome of {@link #read(JsonNode)}. */
    public sealed interface Reading {

        /** A well-formed IdentityObject, with what is unusual about it. */
        record Read(RecipientIdentity identity, List<String> warnings) implements Reading {
            public Read {
                warnings = List.copyOf(warnings);
            }
        }

        /** Not a well-formed IdentityObject; {@code message} says why. */
        record Malformed(String message) implements Reading {}
    }
}
