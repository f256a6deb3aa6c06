package dev.laurel.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BitstringStatusListTest {
    private static final int ENTRIES = BitstringStatusList.MINIMUM_ENTRIES;

    @Test
    void setsAndReadsTheFirstAndLastIndex() {
        var list = BitstringStatusList.create(ENTRIES, 1);

        list.setStatus(0, 1);
        list.setStatus(ENTRIES - 1, 1);

        assertThat(list.isSet(0)).isTrue();
        assertThat(list.isSet(1)).isFalse();
        assertThat(list.isSet(ENTRIES - 2)).isFalse();
        assertThat(list.isSet(ENTRIES - 1)).isTrue();
        list.setStatus(0, 0);
        assertThat(list.isSet(0)).isFalse();
        assertThat(list.isSet(ENTRIES - 1)).isTrue();
    }

    @Test
    void putsIndexZeroInTheLeftMostBitAndTheLastIndexInTheRightMostBit() {
        var list = BitstringStatusList.create(ENTRIES, 1);
        list.setStatus(0, 1);
        list.setStatus(ENTRIES - 1, 1);
        list.setStatus(9, 1);

        byte[] bits = Fixtures.rawBits(list.encode());

        assertThat(bits).hasSize(ENTRIES / 8);
        assertThat(bits[0]).isEqualTo((byte) 0b1000_0000);
        assertThat(bits[1]).isEqualTo((byte) 0b0100_0000);
        assertThat(bits[bits.length - 1]).isEqualTo((byte) 0b0000_0001);
    }

    @Test
    void readsStatusesWrittenIndependentlyInSpecBitOrder() {
        byte[] bits = new byte[ENTRIES / 8];
        bits[0] = (byte) 0b0010_0000;
        bits[bits.length - 1] = (byte) 0b0000_0001;

        var list = decoded(Fixtures.encodedList(bits), 1);

        assertThat(list.isSet(2)).isTrue();
        assertThat(list.isSet(ENTRIES - 1)).isTrue();
        assertThat(list.isSet(0)).isFalse();
        assertThat(list.isSet(3)).isFalse();
    }

    @Test
    void storesTwoBitStatusesMostSignificantBitFirst() {
        var list = BitstringStatusList.create(ENTRIES, 2);

        list.setStatus(0, 2);
        list.setStatus(1, 1);
        list.setStatus(ENTRIES - 1, 3);

        assertThat(list.status(0)).isEqualTo(2);
        assertThat(list.status(1)).isEqualTo(1);
        assertThat(list.status(2)).isZero();
        assertThat(list.status(ENTRIES - 1)).isEqualTo(3);
        byte[] bits = Fixtures.rawBits(list.encode());
        assertThat(bits).hasSize(ENTRIES * 2 / 8);
        assertThat(bits[0]).isEqualTo((byte) 0b1001_0000);
        assertThat(bits[bits.length - 1]).isEqualTo((byte) 0b0000_0011);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void roundTripsARandomPatternThroughEncodedList(int statusSize) {
        var random = new SplittableRandom(20240405L + statusSize);
        var list = BitstringStatusList.create(ENTRIES, statusSize);
        int[] expected = new int[list.size()];
        for (int i = 0; i < 5_000; i++) {
            int index = random.nextInt(list.size());
            expected[index] = random.nextInt(1 << statusSize);
            list.setStatus(index, expected[index]);
        }

        var back = decoded(list.encode(), statusSize);

        assertThat(back).isEqualTo(list);
        assertThat(back.size()).isEqualTo(ENTRIES);
        for (int i = 0; i < expected.length; i++) {
            assertThat(back.status(i)).as("status at %d", i).isEqualTo(expected[i]);
        }
    }

    @Test
    void encodesAnEmptyDefaultListToAShortStringThatDecodesBack() {
        var empty = BitstringStatusList.create(ENTRIES, 1);

        String encoded = empty.encode();
        var back = decoded(encoded, 1);

        assertThat(encoded).startsWith("u").hasSizeLessThan(100).doesNotContain("=", "+", "/");
        assertThat(back.size()).isEqualTo(ENTRIES);
        assertThat(back.bitLength()).isEqualTo(ENTRIES);
        assertThat(back).isEqualTo(empty);
    }

    @Test
    void readsAWiderStatusSizeAsFewerEntries() {
        var list = decoded(BitstringStatusList.create(ENTRIES, 1).encode(), 4);

        assertThat(list.size()).isEqualTo(ENTRIES / 4);
        assertThat(list.statusSize()).isEqualTo(4);
    }

    @Test
    void refusesAListBelowTheHerdPrivacyMinimum() {
        assertThatThrownBy(() -> BitstringStatusList.create(ENTRIES - 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("131072");
    }

    @Test
    void refusesAValueWiderThanTheStatusSize() {
        var list = BitstringStatusList.create(ENTRIES, 2);

        assertThatThrownBy(() -> list.setStatus(0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> list.setStatus(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnIndexOutsideTheList() {
        var list = BitstringStatusList.create(ENTRIES, 1);

        assertThatThrownBy(() -> list.status(ENTRIES)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.setStatus(-1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    static BitstringStatusList decoded(String encodedList, int statusSize) {
        var decoding = BitstringStatusList.decode(encodedList, statusSize);
        assertThat(decoding).isInstanceOf(BitstringStatusList.Decoding.Decoded.class);
        return ((BitstringStatusList.Decoding.Decoded) decoding).list();
    }
}
