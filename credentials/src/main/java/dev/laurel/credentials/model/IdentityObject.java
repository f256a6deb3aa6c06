package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * An identifier of the earner other than {@code id}, such as an email address, usually hashed with a salt so that it
 * is not disclosed: {@code identityHash} is {@code sha256$} followed by the hex SHA-256 of the identifier and the salt.
 *
 * <p>{@link #hashedEmail(String, String)} makes the usual one; {@link #matches(String)} checks an identifier against
 * it. Each component is the property of the same name, null when absent; {@code extensions} holds any other property.
 * Immutable and thread-safe.
 */
public record IdentityObject(
        String type,
        String identityHash,
        String identityType,
        Boolean hashed,
        String salt,
        Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public IdentityObject {
        extensions = Extensions.copy(extensions);
    }

    /** An email address hashed as {@code sha256$hex(email + salt)}. */
    public static IdentityObject hashedEmail(String email, String salt) {
        return hashed("emailAddress", email, salt);
    }

    /**
     * An identifier of {@code identityType} (for example {@code "emailAddress"}, {@code "studentId"}) hashed as
     * {@code sha256$hex(identifier + salt)}; {@code salt} may be null for no salt.
     */
    public static IdentityObject hashed(String identityType, String identifier, String salt) {
        return new IdentityObject("IdentityObject", sha256(identifier, salt), identityType, true, salt, null);
    }

    /** An identifier given in plain text ({@code hashed} false), for example a name. */
    public static IdentityObject plain(String identityType, String identifier) {
        return new IdentityObject("IdentityObject", identifier, identityType, false, null, null);
    }

    /**
     * Whether {@code identifier} is the one this object identifies: equal to {@code identityHash} when not hashed,
     * else hashing to it with {@code salt} (by {@code sha256$} or {@code md5$}, hex in either case).
     */
    public boolean matches(String identifier) {
        if (identityHash == null || identifier == null) {
            return false;
        }
        if (!Boolean.TRUE.equals(hashed)) {
            return identityHash.equals(identifier);
        }
        int dollar = identityHash.indexOf('$');
        if (dollar < 0) {
            return false;
        }
        String algorithm =
                switch (identityHash.substring(0, dollar).toLowerCase(Locale.ROOT)) {
                    case "sha256" -> "SHA-256";
                    case "md5" -> "MD5";
                    default -> null;
                };
        return algorithm != null
                && digest(algorithm, identifier, salt).equalsIgnoreCase(identityHash.substring(dollar + 1));
    }

    static IdentityObject read(JsonReading in) {
        return new IdentityObject(
                in.string("type"),
                in.string("identityHash"),
                in.string("identityType"),
                in.bool("hashed"),
                in.string("salt"),
                in.extensions());
    }

    void write(JsonWriting out) {
        out.string("type", type);
        out.string("identityHash", identityHash);
        out.string("identityType", identityType);
        out.bool("hashed", hashed);
        out.string("salt", salt);
        out.extensions(extensions);
    }

    private static String sha256(String identifier, String salt) {
        return "sha256$" + digest("SHA-256", identifier, salt);
    }

    private static String digest(String algorithm, String identifier, String salt) {
        try {
            byte[] input = (identifier + (salt == null ? "" : salt)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(input));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }
}
