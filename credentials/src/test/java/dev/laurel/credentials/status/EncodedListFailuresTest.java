package dev.laurel.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** One malformed {@code encodedList} per failure, each asserting which failure it is reported as. */
class EncodedListFailuresTest {
    private static final String SPEC_LIST = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

    @Test
    void reportsAMissingMultibasePrefix() {
        assertFails(SPEC_LIST.substring(1), StatusFailure.MISSING_MULTIBASE_PREFIX, "found 'H'");
    }

    @Test
    void reportsAnotherMultibaseEncodingAsAMissingPrefix() {
        assertFails("z" + SPEC_LIST.substring(1), StatusFailure.MISSING_MULTIBASE_PREFIX, "'z'");
    }

    @Test
    void reportsAnEmptyValueAsAMissingPrefix() {
        assertFails("", StatusFailure.MISSING_MULTIBASE_PREFIX, "empty");
    }

    @Test
    void reportsCharactersOutsideBase64url() {
        assertFails("uH4sI+AAA/AAA", StatusFailure.INVALID_BASE64URL, "alphabet");
    }

    @Test
    void reportsPadding() {
        String padded = "";
        for (int size = 16_384; !padded.endsWith("="); size += 8) {
            padded = "u" + Base64.getUrlEncoder().encodeToString(Fixtures.gzip(new byte[size]));
        }

        assertFails(padded, StatusFailure.INVALID_BASE64URL, "alphabet");
    }

    @Test
    void reportsABase64urlLengthNoBytesEncodeTo() {
        assertFails("uAAAAA", StatusFailure.INVALID_BASE64URL, "length");
    }

    @Test
    void reportsBytesThatAreNotGzip() {
        String notGzip = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[64]);

        assertFails(notGzip, StatusFailure.INVALID_GZIP, "GZIP");
    }

    @Test
    void reportsATruncatedGzipStream() {
        byte[] whole = Fixtures.gzip(new byte[16_384]);
        byte[] truncated = Arrays.copyOf(whole, whole.length - 6);

        assertFails(
                "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(truncated),
                StatusFailure.INVALID_GZIP,
                "GZIP");
    }

    @Test
    void reportsADecompressionBombBeyondTheDefaultCap() {
        byte[] bomb = Fixtures.gzip(new byte[BitstringStatusList.DEFAULT_MAX_DECODED_BYTES + 1]);
        String encoded = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(bomb);
        assertThat(encoded.length()).isLessThan(40_000);

        assertFails(
                encoded, StatusFailure.LIST_TOO_LARGE, String.valueOf(BitstringStatusList.DEFAULT_MAX_DECODED_BYTES));
    }

    @Test
    void acceptsAListExactlyAtTheCap() {
        String encoded = Fixtures.encodedList(new byte[32_768]);

        assertThat(BitstringStatusList.decode(encoded, 1, 32_768))
                .isInstanceOf(BitstringStatusList.Decoding.Decoded.class);
        assertThat(BitstringStatusList.decode(encoded, 1, 32_767))
                .isEqualTo(new BitstringStatusList.Decoding.Failed(
                        StatusFailure.LIST_TOO_LARGE,
                        "encodedList expands to more than 32767 bytes; refusing to decompress further"));
    }

    private static void assertFails(String encodedList, StatusFailure failure, String messagePart) {
        var decoding = BitstringStatusList.decode(encodedList, 1);

        assertThat(decoding).isInstanceOfSatisfying(BitstringStatusList.Decoding.Failed.class, failed -> {
            assertThat(failed.failure()).isEqualTo(failure);
            assertThat(failed.message()).contains(messagePart);
        });
    }
}
