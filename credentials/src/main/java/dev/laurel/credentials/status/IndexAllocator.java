package dev.laurel.credentials.status;

import java.util.BitSet;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Hands out status list indexes for new credentials, uniformly at random among the free ones, so that an index says
 * nothing about when a credential was issued or how full the list is (Bitstring Status List, statusListIndex: "SHOULD
 * assign indexes randomly").
 *
 * <p>Each call draws one number from the injected generator and then selects the matching free index by counting
 * free bits a 64-bit word at a time: the cost is bounded by the list length, however full the list is, and there is no
 * retry loop. The caller records the returned index as taken; this class keeps no state of its own.
 *
 * <p>Thread-safe exactly when the injected {@link RandomGenerator} is; the {@code taken} set must not change during a
 * call.
 */
public final class IndexAllocator {
    private final RandomGenerator random;

    public IndexAllocator(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * A free index in 0..{@code size - 1}, or {@link Allocation.Full} when every index there is in {@code taken}. Bits of
     * {@code taken} at or beyond {@code size} are ignored.
     *
     * @throws IllegalArgumentException if {@code size} is not positive
     */
    public Allocation allocate(int size, BitSet taken) {
        if (size <= 0) {
            throw new IllegalArgumentException("a list has at least one entry, not " + size);
        }
        long[] words = taken.get(0, size).toLongArray();
        int free = size - countTaken(words);
        if (free == 0) {
            return new Allocation.Full(size);
        }
        return new Allocation.Allocated(nthFree(words, random.nextInt(free)));
    }

    private static int countTaken(long[] words) {
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /** The index of the {@code n}-th (0-based) clear bit; words past the array's end are all clear. */
    private static int nthFree(long[] words, int n) {
        int remaining = n;
        for (int w = 0; ; w++) {
            long clear = w < words.length ? ~words[w] : -1L;
            int inWord = Long.bitCount(clear);
            if (remaining < inWord) {
                for (int skip = 0; skip < remaining; skip++) {
                    clear &= clear - 1;
                }
                return w * 64 + Long.numberOfTrailingZeros(clear);
            }
            remaining -= inWord;
        }
    }

    /** The outcome of {@link #allocate(int, BitSet)}. */
    public sealed interface Allocation {
        /** {@code index} was free; record it as taken before the next call. */
        record Allocated(int index) implements Allocation {}

        /** All {@code size} indexes are taken: start a new status list. */
        record Full(int size) implements Allocation {}
    }
}
