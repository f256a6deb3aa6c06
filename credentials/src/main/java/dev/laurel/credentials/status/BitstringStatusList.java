package dev.laurel.credentials.status;

import java.util.Arrays;

/**
 * A Bitstring Status List: {@link #size()} entries of {@link #statusSize()} bits each, packed so that entry 0 starts
 * at the left-most bit, the most significant bit of the first byte. A multi-bit status is read left to right, its
 * first bit being the most significant bit of the value.
 *
 * <p>{@link #encode()} produces the {@code encodedList} value (GZIP, then multibase base64url without padding);
 * {@link #decode(String, int)} reverses it and reports a malformed value as a {@link Decoding.Failed} rather than
 * throwing. Index and value arguments out of range are programming errors and throw.
 *
 * <p>Instances are mutable and not thread-safe; confine one to a thread or guard it externally.
 */
public final class BitstringStatusList {
    /** Fewest entries a list may hold: 131,072, which gives herd privacy (16 KB of single-bit statuses). */
    public static final int MINIMUM_ENTRIES = 131_072;
    /** Default cap on the decompressed size {@link #decode(String, int)} accepts: 16 MiB, 134 million bits. */
    public static final int DEFAULT_MAX_DECODED_BYTES = 16 * 1024 * 1024;
    /** Largest supported status size; a status value must fit an {@code int} with room to count its values. */
    public static final int MAX_STATUS_SIZE = 30;

    private final byte[] bits;
    private final int statusSize;
    private final int size;

    private BitstringStatusList(byte[] bits, int statusSize) {
        this.bits = bits;
        this.statusSize = statusSize;
        this.size = (int) (bits.length * 8L / statusSize);
    }

    /**
     * A list of {@code entries} statuses of {@code statusSize} bits, all zero.
     *
     * @throws IllegalArgumentException if {@code entries} is below {@link #MINIMUM_ENTRIES}, {@code statusSize} is
     *     outside 1..{@link #MAX_STATUS_SIZE}, or the bitstring would exceed {@link #DEFAULT_MAX_DECODED_BYTES}
     */
    public static BitstringStatusList create(int entries, int statusSize) {
        requireStatusSize(statusSize);
        if (entries < MINIMUM_ENTRIES) {
            throw new IllegalArgumentException(
                    "a status list holds at least " + MINIMUM_ENTRIES + " entries for herd privacy, not " + entries);
        }
        long bytes = ((long) entries * statusSize + 7) / 8;
        if (bytes > DEFAULT_MAX_DECODED_BYTES) {
            throw new IllegalArgumentException("a list of " + entries + " x " + statusSize + " bits is too large");
        }
        return new BitstringStatusList(new byte[(int) bytes], statusSize);
    }

    /** {@link #decode(String, int, int)} with the {@link #DEFAULT_MAX_DECODED_BYTES default cap}. */
    public static Decoding decode(String encodedList, int statusSize) {
        return decode(encodedList, statusSize, DEFAULT_MAX_DECODED_BYTES);
    }

    /**
     * Reads an {@code encodedList} value whose entries are {@code statusSize} bits wide. Never throws for bad input:
     * a missing {@code u} prefix, invalid base64url, a broken GZIP stream, or a stream expanding beyond {@code
     * maxDecodedBytes} each come back as a {@link Decoding.Failed} naming the failure. The herd-privacy minimum is not
     * enforced here; {@link StatusChecker} applies it.
     *
     * @throws IllegalArgumentException if {@code statusSize} is outside 1..{@link #MAX_STATUS_SIZE}
     */
    public static Decoding decode(String encodedList, int statusSize, int maxDecodedBytes) {
        requireStatusSize(statusSize);
        return switch (Multibase.decode(encodedList)) {
            case Multibase.Decoded.Failed(var failure, var message) -> new Decoding.Failed(failure, message);
            case Multibase.Decoded.Bytes(var compressed) ->
                switch (Gzip.expand(compressed, maxDecodedBytes)) {
                    case Gzip.Expanded.Failed(var failure, var message) -> new Decoding.Failed(failure, message);
                    case Gzip.Expanded.Bytes(var bits) ->
                        new Decoding.Decoded(new BitstringStatusList(bits, statusSize));
                };
        };
    }

    /** The {@code encodedList} value: this bitstring GZIP-compressed, then multibase base64url without padding. */
    public String encode() {
        return Multibase.encode(Gzip.compress(bits));
    }

    /** Number of entries: the bitstring's length divided by the status size, rounded down. */
    public int size() {
        return size;
    }

    /** Bits per entry. */
    public int statusSize() {
        return statusSize;
    }

    /** Length of the bitstring in bits, always a whole number of bytes. */
    public long bitLength() {
        return bits.length * 8L;
    }

    /**
     * The status value of entry {@code index}, from 0 to 2<sup>statusSize</sup> - 1.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not in 0..{@code size() - 1}
     */
    public int status(int index) {
        long first = firstBit(index);
        int value = 0;
        for (int i = 0; i < statusSize; i++) {
            value = (value << 1) | bit(first + i);
        }
        return value;
    }

    /** Whether entry {@code index} is non-zero: revoked, suspended or otherwise set. */
    public boolean isSet(int index) {
        return status(index) != 0;
    }

    /**
     * Sets entry {@code index} to {@code value}.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not in 0..{@code size() - 1}
     * @throws IllegalArgumentException if {@code value} does not fit in {@link #statusSize()} bits
     */
    public void setStatus(int index, int value) {
        if (value < 0 || value >= (1 << statusSize)) {
            throw new IllegalArgumentException(
                    "status " + value + " does not fit in " + statusSize + " bit" + (statusSize == 1 ? "" : "s"));
        }
        long first = firstBit(index);
        for (int i = 0; i < statusSize; i++) {
            setBit(first + i, (value >>> (statusSize - 1 - i)) & 1);
        }
    }

    private long firstBit(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " is outside a list of " + size + " entries");
        }
        return (long) index * statusSize;
    }

    private int bit(long position) {
        return (bits[(int) (position >>> 3)] >>> (7 - (int) (position & 7))) & 1;
    }

    private void setBit(long position, int value) {
        int mask = 1 << (7 - (int) (position & 7));
        int at = (int) (position >>> 3);
        bits[at] = (byte) (value == 1 ? bits[at] | mask : bits[at] & ~mask);
    }

    private static void requireStatusSize(int statusSize) {
        if (statusSize < 1 || statusSize > MAX_STATUS_SIZE) {
            throw new IllegalArgumentException("statusSize must be 1.." + MAX_STATUS_SIZE + ", not " + statusSize);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BitstringStatusList that
                && statusSize == that.statusSize
                && Arrays.equals(bits, that.bits);
    }

    @Override
    public int hashCode() {
        return 31 * statusSize + Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return "BitstringStatusList[" + size + " x " + statusSize + " bit]";
    }

    /** The outcome of {@link #decode(String, int)}. */
    public sealed interface Decoding {
        /** The value decoded to {@code list}. */
        record Decoded(BitstringStatusList list) implements Decoding {}

        /** The value is not a readable status list; {@code message} says exactly why. */
        record Failed(StatusFailure failure, String message) implements Decoding {}
    }
}
