package dev.laurel.credentials.status;

import java.util.Base64;
import java.util.regex.Pattern;

/** The one multibase encoding status lists use: prefix {@code u}, then base64url without padding. */
final class Multibase {
    static final char BASE64URL_PREFIX = 'u';
    private static final Pattern BASE64URL_UNPADDED = Pattern.compile("[A-Za-z0-9_-]*");

    private Multibase() {}

    static String encode(byte[] bytes) {
        return BASE64URL_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Decodes {@code value}, or reports why it is not multibase base64url. */
    static Decoded decode(String value) {
        if (value.isEmpty() || value.charAt(0) != BASE64URL_PREFIX) {
            String found = value.isEmpty() ? "an empty string" : "'" + value.charAt(0) + "'";
            return new Decoded.Failed(
                    StatusFailure.MISSING_MULTIBASE_PREFIX,
                    "encodedList must start with the multibase base64url prefix 'u', found " + found);
        }
        String body = value.substring(1);
        if (!BASE64URL_UNPADDED.matcher(body).matches()) {
            return new Decoded.Failed(
                    StatusFailure.INVALID_BASE64URL,
                    "encodedList holds characters outside the unpadded base64url alphabet [A-Za-z0-9_-]");
        }
        if (body.length() % 4 == 1) {
            return new Decoded.Failed(
                    StatusFailure.INVALID_BASE64URL,
                    "encodedList has a base64url length (" + body.length() + ") no byte sequence encodes to");
        }
        try {
            return new Decoded.Bytes(Base64.getUrlDecoder().decode(body));
        } catch (IllegalArgumentException e) {
            return new Decoded.Failed(
                    StatusFailure.INVALID_BASE64URL, "encodedList is not base64url: " + e.getMessage());
        }
    }

    sealed interface Decoded {
        record Bytes(byte[] value) implements Decoded {}

        record Failed(StatusFailure failure, String message) implements Decoded {}
    }
}
