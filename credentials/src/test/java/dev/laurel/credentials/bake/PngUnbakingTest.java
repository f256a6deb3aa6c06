package dev.laurel.credentials.bake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.bake.TestImages.RawChunk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PngUnbakingTest {

    private static final byte[] BAKED =
            baked(TestImages.png(16, 12, 3), BadgePayload.openBadgeCredential(TestImages.awkwardCredentialJson()));

    @Test
    void findsNothingInAPlainPng() {
        assertThat(Baker.unbake(TestImages.png(16, 12, 3))).isEqualTo(new UnbakeResult.NotBaked(ImageKind.PNG));
    }

    @Test
    void reportsTruncationInTheChunkWhereTheCutFalls() {
        List<Integer> chunkStarts = chunkStarts(BAKED);
        List<RawChunk> chunks = TestImages.chunks(BAKED);
        for (int cut = 8; cut < BAKED.length; cut++) {
            int index = chunkIndexAt(chunkStarts, cut);
            int intoChunk = cut - chunkStarts.get(index);
            String expected = intoChunk == 0
                    ? "PNG truncated after "
                            + (index == 0
                                    ? "the signature"
                                    : "chunk " + chunks.get(index - 1).type())
                    : intoChunk < 8
                            ? "PNG truncated in the chunk header"
                            : "PNG truncated in chunk " + chunks.get(index).type();

            assertThat(Baker.unbake(Arrays.copyOf(BAKED, cut)))
                    .as("cut at %d", cut)
                    .isInstanceOfSatisfying(
                            UnbakeResult.Unreadable.class,
                            unreadable -> assertThat(unreadable.message()).startsWith(expected));
        }
    }

    @Test
    void reportsACorruptedCredentialChunkByItsCrc() {
        byte[] corrupted = BAKED.clone();
        corrupted[chunkStarts(BAKED).get(1) + 40] ^= 0x20;

        assertThat(Baker.unbake(corrupted)).isEqualTo(new UnbakeResult.Unreadable("PNG chunk CRC mismatch in iTXt"));
    }

    @Test
    void reportsCorruptedImageDataByItsCrc() {
        List<RawChunk> chunks = TestImages.chunks(BAKED);
        int idat = chunks.stream().map(RawChunk::type).toList().indexOf("IDAT");
        byte[] corrupted = BAKED.clone();
        corrupted[chunkStarts(BAKED).get(idat) + 9] ^= 0x01;

        assertThat(Baker.unbake(corrupted)).isEqualTo(new UnbakeResult.Unreadable("PNG chunk CRC mismatch in IDAT"));
    }

    @Test
    void detectsEverySingleByteCorruption() {
        for (int offset = 0; offset < BAKED.length; offset++) {
            byte[] corrupted = BAKED.clone();
            corrupted[offset] ^= (byte) 0x5a;

            assertThat(Baker.unbake(corrupted)).as("byte %d", offset).isInstanceOf(UnbakeResult.Unreadable.class);
        }
    }

    @Test
    void readsACompressedItxtChunk() {
        String text = TestImages.awkwardCredentialJson();
        byte[] image = withChunk(itxt("openbadgecredential", 1, deflate(text.getBytes(StandardCharsets.UTF_8))));

        assertThat(Baker.unbake(image))
                .isEqualTo(new UnbakeResult.Found(
                        ImageKind.PNG, BadgePayload.openBadgeCredential(text), Optional.empty()));
    }

    @Test
    void refusesACompressedChunkThatExpandsBeyondTheLimit() {
        byte[] bomb = deflatedSpaces(PngTextChunk.MAX_INFLATED_BYTES * 4);
        byte[] image = withChunk(itxt("openbadgecredential", 1, bomb));

        assertThat(bomb.length).isLessThan(PngTextChunk.MAX_INFLATED_BYTES / 100);
        assertThat(Baker.unbake(image))
                .isInstanceOfSatisfying(UnbakeResult.Unreadable.class, unreadable -> assertThat(unreadable.message())
                        .contains("expands beyond", "refused"));
    }

    static Stream<Arguments> malformedCredentialChunks() {
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
        byte[] compressed = deflate("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        return Stream.of(
                Arguments.of(itxt("openbadgecredential", 2, json), "unknown compression flag 2"),
                Arguments.of(
                        RawChunk.of("iTXt", "openbadgecredential\0\0\0en".getBytes(StandardCharsets.US_ASCII)),
                        "lacks the null separators"),
                Arguments.of(RawChunk.of("iTXt", "openbadges\0".getBytes(StandardCharsets.US_ASCII)), "ends before"),
                Arguments.of(itxt("openbadges", 0, new byte[] {'{', (byte) 0xc3, '}'}), "not valid UTF-8"),
                Arguments.of(itxt("openbadges", 1, Arrays.copyOf(compressed, compressed.length - 6)), "truncated"),
                Arguments.of(itxt("openbadges", 1, "not zlib".getBytes(StandardCharsets.US_ASCII)), "not valid zlib"),
                Arguments.of(itxt("openbadgecredential", 0, new byte[0]), "carries no text"));
    }

    @ParameterizedTest
    @MethodSource("malformedCredentialChunks")
    void reportsAMalformedCredentialChunk(RawChunk chunk, String expected) {
        assertThat(Baker.unbake(withChunk(chunk)))
                .isInstanceOfSatisfying(UnbakeResult.Unreadable.class, unreadable -> assertThat(unreadable.message())
                        .contains(expected));
    }

    @Test
    void ignoresTextChunksWithOtherKeywords() {
        byte[] image = withChunk(itxt("openbadgescredential", 0, "{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(Baker.unbake(image)).isEqualTo(new UnbakeResult.NotBaked(ImageKind.PNG));
    }

    @Test
    void refusesAChunkLengthBeyondTheFileWithoutAllocatingIt() {
        List<RawChunk> chunks = TestImages.chunks(TestImages.png(2, 2, 0));
        byte[] header = TestImages.assemble(chunks.subList(0, 1));
        byte[] huge = ByteBuffer.allocate(header.length + 8)
                .put(header)
                .putInt(0x7fff_fff0)
                .put("iTXt".getBytes(StandardCharsets.US_ASCII))
                .array();
        byte[] negative = huge.clone();
        negative[header.length] = (byte) 0xff;

        assertThat(Baker.unbake(huge))
                .isEqualTo(new UnbakeResult.Unreadable(
                        "PNG truncated in chunk iTXt (declares 2147483632 data bytes, 0 bytes follow its header)"));
        assertThat(Baker.unbake(negative))
                .isEqualTo(new UnbakeResult.Unreadable("PNG chunk iTXt declares an invalid length 4294967280"));
    }

    @Test
    void refusesAPngThatDoesNotStartWithIhdr() {
        List<RawChunk> chunks = new ArrayList<>(TestImages.chunks(TestImages.png(2, 2, 0)));
        chunks.addFirst(RawChunk.of("tEXt", "Comment\0first".getBytes(StandardCharsets.US_ASCII)));

        assertThat(Baker.unbake(TestImages.assemble(chunks)))
                .isEqualTo(new UnbakeResult.Unreadable("PNG does not start with an IHDR chunk"));
    }

    private static byte[] baked(byte[] image, BadgePayload payload) {
        return ((BakeResult.Baked) Baker.bake(image, payload)).image();
    }

    private static byte[] withChunk(RawChunk chunk) {
        List<RawChunk> chunks = new ArrayList<>(TestImages.chunks(TestImages.png(4, 4, 5)));
        chunks.add(1, chunk);
        return TestImages.assemble(chunks);
    }

    private static RawChunk itxt(String keyword, int compression, byte[] text) {
        byte[] header = (keyword + "\0" + (char) compression + "\0\0\0").getBytes(StandardCharsets.ISO_8859_1);
        byte[] data = Arrays.copyOf(header, header.length + text.length);
        System.arraycopy(text, 0, data, header.length, text.length);
        return RawChunk.of("iTXt", data);
    }

    private static byte[] deflate(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(out)) {
            zlib.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] deflatedSpaces(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] spaces = new byte[64 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        try (DeflaterOutputStream zlib = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            for (int written = 0; written < size; written += spaces.length) {
                zlib.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<Integer> chunkStarts(byte[] png) {
        List<Integer> starts = new ArrayList<>();
        int position = 8;
        for (RawChunk chunk : TestImages.chunks(png)) {
            starts.add(position);
            position += 12 + chunk.data().length;
        }
        return starts;
    }

    private static int chunkIndexAt(List<Integer> starts, int offset) {
        int index = 0;
        while (index + 1 < starts.size() && starts.get(index + 1) <= offset) {
            index++;
        }
        return index;
    }
}
