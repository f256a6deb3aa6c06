package dev.laurel.credentials.key;

import java.math.BigInteger;
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

    /** Base58 is converted ten digits at a time: 58^10 fits in a long. */
    private static final int CHUNK_DIGITS = 10;

    private static final BigInteger CHUNK = BigInteger.valueOf(58).pow(CHUNK_DIGITS);

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
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        StringBuilder reversed = new StringBuilder(input.length * 2);
        BigInteger value = new BigInteger(1, input);
        while (value.signum() > 0) {
            BigInteger[] quotientAndRemainder = value.divideAndRemainder(CHUNK);
            value = quotientAndRemainder[0];
            long digits = quotientAndRemainder[1].longValue();
            for (int i = 0; i < CHUNK_DIGITS && (value.signum() > 0 || digits > 0); i++) {
                reversed.append(ALPHABET[(int) (digits % 58)]);
                digits /= 58;
            }
        }
        for (int i = 0; i < zeros; i++) {
            reversed.append(ALPHABET[0]);
        }
        return reversed.reverse().toString();
    }

    /** Decodes a string in the Bitcoin base58 alphabet, without a multibase prefix. */
    public static byte[] decodeBase58(String input) {
        int zeros = 0;
        BigInteger value = BigInteger.ZERO;
        long chunk = 0;
        int chunkDigits = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            int digit = c < 128 ? INDEXES[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("not valid base58: character '" + c + "' at position " + i);
            }
            if (digit == 0 && zeros == i) {
                zeros++;
            }
            chunk = chunk * 58 + digit;
            if (++chunkDigits == CHUNK_DIGITS) {
                value = value.multiply(CHUNK).add(BigInteger.valueOf(chunk));
                chunk = 0;
                chunkDigits = 0;
            }
        }
        if (chunkDigits > 0) {
            value = value.multiply(BigInteger.valueOf(58).pow(chunkDigits)).add(BigInteger.valueOf(chunk));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int sign = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        byte[] decoded = new byte[zeros + magnitude.length - sign];
        System.arraycopy(magnitude, sign, decoded, zeros, magnitude.length - sign);
        return decoded;
    }
}
