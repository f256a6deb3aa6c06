package dev.laurel.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.credentials.status.IndexAllocator.Allocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IndexAllocatorTest {

    @Test
    void neverReturnsATakenIndex() {
        var random = new SplittableRandom(7);
        var taken = new BitSet();
        for (int i = 0; i < 900; i++) {
            taken.set(random.nextInt(1_000));
        }
        var allocator = new IndexAllocator(new SplittableRandom(8));

        for (int i = 0; i < 5_000; i++) {
            int index = allocated(allocator.allocate(1_000, taken));
            assertThat(index).isBetween(0, 999);
            assertThat(taken.get(index)).as("index %d is taken", index).isFalse();
        }
    }

    @Test
    void fillsASmallListCompletelyThenReportsFull() {
        var allocator = new IndexAllocator(new SplittableRandom(1));
        var taken = new BitSet();

        for (int i = 0; i < 100; i++) {
            int index = allocated(allocator.allocate(100, taken));
            assertThat(taken.get(index)).isFalse();
            taken.set(index);
        }

        assertThat(taken.cardinality()).isEqualTo(100);
        assertThat(allocator.allocate(100, taken)).isEqualTo(new Allocation.Full(100));
    }

    @Test
    void findsTheLastFreeIndexOfAFullSizeListQuickly() {
        int size = BitstringStatusList.MINIMUM_ENTRIES;
        var taken = new BitSet(size);
        taken.set(0, size);
        taken.clear(98_765);
        var allocator = new IndexAllocator(new SplittableRandom(3));

        long started = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            assertThat(allocated(allocator.allocate(size, taken))).isEqualTo(98_765);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void ignoresTakenBitsBeyondTheListSize() {
        var taken = new BitSet();
        taken.set(0, 10);
        taken.clear(5);
        taken.set(64);
        taken.set(1_000);

        var allocator = new IndexAllocator(new SplittableRandom(4));

        assertThat(allocated(allocator.allocate(10, taken))).isEqualTo(5);
        taken.set(5);
        assertThat(allocator.allocate(10, taken)).isEqualTo(new Allocation.Full(10));
    }

    @Test
    void doesNotHandOutIndexesInIssueOrder() {
        var allocator = new IndexAllocator(new SplittableRandom(5));
        var taken = new BitSet();
        List<Integer> issued = new ArrayList<>();

        for (int i = 0; i < 100; i++) {
            int index = allocated(allocator.allocate(BitstringStatusList.MINIMUM_ENTRIES, taken));
            taken.set(index);
            issued.add(index);
        }

        assertThat(issued).isNotEqualTo(issued.stream().sorted().toList());
        assertThat(issued.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .isGreaterThan(100_000);
        assertThat(issued.stream().mapToInt(Integer::intValue).min().orElseThrow())
                .isLessThan(30_000);
    }

    @Test
    void spreadsIndexesEvenlyOverTheFreeOnes() {
        var allocator = new IndexAllocator(new SplittableRandom(6));
        var taken = new BitSet();
        taken.set(0, 4_000);
        int[] perEighth = new int[8];

        for (int i = 0; i < 16_000; i++) {
            int index = allocated(allocator.allocate(8_000, taken));
            perEighth[index / 1_000]++;
        }

        for (int eighth = 0; eighth < 4; eighth++) {
            assertThat(perEighth[eighth]).isZero();
        }
        for (int eighth = 4; eighth < 8; eighth++) {
            assertThat(perEighth[eighth]).as("eighth %d", eighth).isBetween(3_700, 4_300);
        }
    }

    @Test
    void drawsFromTheInjectedGenerator() {
        var taken = new BitSet();
        var first = new HashSet<Integer>();
        var again = new HashSet<Integer>();
        var a = new IndexAllocator(new SplittableRandom(42));
        var b = new IndexAllocator(new SplittableRandom(42));

        for (int i = 0; i < 50; i++) {
            int index = allocated(a.allocate(1_000_000, taken));
            assertThat(allocated(b.allocate(1_000_000, taken))).isEqualTo(index);
            first.add(index);
            again.add(allocated(new IndexAllocator(new SplittableRandom(i)).allocate(1_000_000, taken)));
        }

        assertThat(first).isNotEqualTo(again);
    }

    @Test
    void refusesAnEmptyList() {
        assertThatThrownBy(() -> new IndexAllocator(new SplittableRandom()).allocate(0, new BitSet()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int allocated(Allocation allocation) {
        assertThat(allocation).isInstanceOf(Allocation.Allocated.class);
        return ((Allocation.Allocated) allocation).index();
    }
}
