package dev.laurel.credentials.key;

import java.util.Arrays;
import java.util.Base64;

/**
 * Multibase strings in the two encodings Verifiable Credentials use: base58btc (prefix {@code z}) and base64url
 * without padding (prefix {@code u}).
 *
 * <p>Decoding rejects any other prefix and any character outside the alphabet with an {@link
 * IllegalArgumentException} whose message says what was wrong. Thread-safe.
 */
public final class Multibase {

    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] INDEXES = new int[128];

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEXES[ALPHABET[i]] = i;
        }
    }

    private Multibase() {}

    /** Encodes bytes as base58btc with the {@code z} prefix. */
    public static String encodeBase58Btc(byte[] bytes) {
        return "z" + encodeBase58(bytes);
    }

    /** Encodes bytes as base64url without padding, with the {@code u} prefix. */
    public static String encodeBase64Url(byte[] bytes) {
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Decodes a base58btc ({@code z…}) or base64url ({@code u…}) multibase string. */
    public static byte[] decode(String multibase) {
        if (multibase == null || multibase.isEmpty()) {
            throw new IllegalArgumentException("empty multibase value");
        }
        char prefix = multibase.charAt(0);
        String body = multibase.substring(1);
        return switch (prefix) {
            case 'z' -> decodeBase58(body);
            case 'u' -> decodeBase64Url(body);
            default ->
                throw new IllegalArgumentException(
                        "unsupported multibase prefix '" + prefix + "' (expected 'z' base58btc or 'u' base64url)");
        };
    }

    /** Decodes base64url without padding (padding is tolerated). */
    static byte[] decodeBase64Url(String body) {
        try {
            return Base64.getUrlDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not valid base64url: " + e.getMessage(), e);
        }
    }

    /** Encodes bytes in the Bitcoin base58 alphabet, without a multibase prefix. */
    public static String encodeBase58(byte[] input) {
        if (input.length == 0) {
            return "";
        }
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        byte[] number = Arrays.copyOf(input, input.length);
        char[] encoded = new char[input.length * 2];
        int out = encoded.length;
        for (int start = zeros; start < number.length; ) {
            encoded[--out] = ALPHABET[divmod(number, start, 256, 58)];
            if (number[start] == 0) {
                start++;
            }
        }
        while (out < encoded.length && encoded[out] == ALPHABET[0]) {
            out++;
        }
        while (--zeros >= 0) {
            encoded[--out] = ALPHABET[0];
        }
        return new String(encoded, out, encoded.length - out);
    }

    /** Decodes a string in the Bitcoin base58 alphabet, without a multibase prefix. */
    public static byte[] decodeBase58(String input) {
        if (input.isEmpty()) {
            return new byte[0];
        }
        byte[] digits = new byte[input.length()];
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            int digit = c < 128 ? INDEXES[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("not valid base58: character '" + c + "' at position " + i);
            }
            digits[i] = (byte) digit;
        }
        int zeros = 0;
        while (zeros < digits.length && digits[zeros] == 0) {
            zeros++;
        }
        byte[] decoded = new byte[input.length()];
        int out = decoded.length;
        for (int start = zeros; start < digits.length; ) {
            decoded[--out] = divmod(digits, start, 58, 256);
            if (digits[start] == 0) {
                start++;
            }
        }
        while (out < decoded.length && decoded[out] == 0) {
            out++;
        }
        return Arrays.copyOfRange(decoded, out - zeros, decoded.length);
    }

    /** Divides the big number in {@code number[first..]} (digits in {@code base}) by {@code divisor}; returns the remainder. */
    private static byte divmod(byte[] number, int first, int base, int divisor) {
        int remainder = 0;
        for (int i = first; i < number.length; i++) {
            int digit = number[i] & 0xFF;
            int temp = remainder * base + digit;
            number[i] = (byte) (temp / divisor);
            remainder = temp % divisor;
        }
        return (byte) remainder;
    }
}
