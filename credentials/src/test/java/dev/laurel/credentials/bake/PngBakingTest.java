package dev.laurel.credentials.bake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.bake.TestImages.RawChunk;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PngBakingTest {

    static Stream<Arguments> payloads() {
        return Stream.of(
                Arguments.of(BadgePayload.openBadgeCredential(TestImages.signedCredentialJson()), PayloadForm.JSON),
                Arguments.of(BadgePayload.openBadgeCredential(TestImages.awkwardCredentialJson()), PayloadForm.JSON),
                Arguments.of(BadgePayload.openBadgeCredential(TestImages.credentialJwt()), PayloadForm.COMPACT_JWS),
                Arguments.of(BadgePayload.assertion(TestImages.hostedAssertionJson()), PayloadForm.JSON),
                Arguments.of(BadgePayload.assertion("https://example.org/assertions/123"), PayloadForm.URL),
                Arguments.of(BadgePayload.assertion(TestImages.credentialJwt()), PayloadForm.COMPACT_JWS));
    }

    static Stream<byte[]> images() {
        return Stream.of(TestImages.png(16, 12, 3), TestImages.animatedPng(8, 8));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void unbakesWhatWasBaked(BadgePayload payload, PayloadForm expectedForm) {
        byte[] baked = bakedImage(TestImages.png(16, 12, 3), payload);

        UnbakeResult.Found found = (UnbakeResult.Found) Baker.unbake(baked);

        assertThat(found.payload()).isEqualTo(payload);
        assertThat(found.payload().form()).isEqualTo(expectedForm);
        assertThat(found.image()).isEqualTo(ImageKind.PNG);
        assertThat(found.verify()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void writesOneUncompressedItxtChunkRightAfterIhdr(BadgePayload payload) {
        byte[] baked = bakedImage(TestImages.png(16, 12, 3), payload);

        RawChunk chunk = TestImages.chunks(baked).get(1);

        byte[] header = (keyword(payload.standard()) + "\0\0\0\0\0").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(chunk.type()).isEqualTo("iTXt");
        assertThat(chunk.crcValid()).isTrue();
        assertThat(Arrays.copyOf(chunk.data(), header.length)).isEqualTo(header);
        assertThat(new String(chunk.data(), header.length, chunk.data().length - header.length, StandardCharsets.UTF_8))
                .isEqualTo(payload.text());
    }

    @Test
    void keepsEveryPixel() {
        byte[] original = TestImages.png(16, 12, 3);
        byte[] baked = bakedImage(original, BadgePayload.openBadgeCredential(TestImages.awkwardCredentialJson()));

        BufferedImage before = TestImages.decode(original);
        BufferedImage after = TestImages.decode(baked);

        assertThat(after.getWidth()).isEqualTo(before.getWidth());
        assertThat(after.getHeight()).isEqualTo(before.getHeight());
        assertThat(TestImages.pixels(after)).isEqualTo(TestImages.pixels(before));
    }

    @ParameterizedTest
    @MethodSource("images")
    void changesNoByteBesidesTheInsertedChunk(byte[] original) {
        byte[] baked = bakedImage(original, BadgePayload.openBadgeCredential(TestImages.credentialJwt()));

        List<RawChunk> chunks = TestImages.chunks(baked);
        int ihdrEnd = 8 + 12 + chunks.get(0).data().length;
        int itxtLength = 12 + chunks.get(1).data().length;
        byte[] withoutCredential = new byte[baked.length - itxtLength];
        System.arraycopy(baked, 0, withoutCredential, 0, ihdrEnd);
        System.arraycopy(baked, ihdrEnd + itxtLength, withoutCredential, ihdrEnd, baked.length - ihdrEnd - itxtLength);

        assertThat(chunks.get(1).type()).isEqualTo("iTXt");
        assertThat(withoutCredential).isEqualTo(original);
    }

    @Test
    void keepsAnAnimatedPngAnimated() {
        byte[] original = TestImages.animatedPng(8, 8);
        byte[] baked = bakedImage(original, BadgePayload.openBadgeCredential(TestImages.signedCredentialJson()));

        List<String> types = types(baked);

        assertThat(types)
                .containsExactly("IHDR", "iTXt", "acTL", "fcTL", "IDAT", "fcTL", "fdAT", "IEND")
                .as("the fixture's frames")
                .containsSubsequence(types(original));
        assertThat(TestImages.chunks(baked)).allMatch(RawChunk::crcValid);
        assertThat(TestImages.pixels(TestImages.decode(baked)))
                .isEqualTo(TestImages.pixels(TestImages.decode(original)));
    }

    @Test
    void rebakingReplacesTheCredential() {
        byte[] original = TestImages.png(16, 12, 3);
        BadgePayload first = BadgePayload.openBadgeCredential(TestImages.signedCredentialJson());
        BadgePayload second = BadgePayload.openBadgeCredential(TestImages.credentialJwt());

        BakeResult.Baked rebaked = (BakeResult.Baked) Baker.bake(bakedImage(original, first), second);

        assertThat(rebaked.replaced()).containsExactly(BadgeStandard.OPEN_BADGES_3_0);
        assertThat(((UnbakeResult.Found) Baker.unbake(rebaked.image())).payload())
                .isEqualTo(second);
        assertThat(types(rebaked.image())).filteredOn("iTXt"::equals).hasSize(1);
        assertThat(rebaked.image()).isEqualTo(bakedImage(original, second));
    }

    @Test
    void bakingAnOpenBadges3CredentialReplacesAnOpenBadges2Assertion() {
        byte[] original = TestImages.png(16, 12, 3);
        BadgePayload assertion = BadgePayload.assertion(TestImages.hostedAssertionJson());
        BadgePayload credential = BadgePayload.openBadgeCredential(TestImages.signedCredentialJson());

        BakeResult.Baked rebaked = (BakeResult.Baked) Baker.bake(bakedImage(original, assertion), credential);

        assertThat(rebaked.replaced()).containsExactly(BadgeStandard.OPEN_BADGES_2_0);
        assertThat(((UnbakeResult.Found) Baker.unbake(rebaked.image())).payload())
                .isEqualTo(credential);
        assertThat(rebaked.image()).isEqualTo(bakedImage(original, credential));
    }

    @Test
    void readsAndReplacesALegacyHostedUrlTextChunk() {
        List<RawChunk> chunks = new ArrayList<>(TestImages.chunks(TestImages.png(4, 4, 7)));
        String url = "https://example.org/assertions/legacy";
        chunks.add(
                chunks.size() - 1, RawChunk.of("tEXt", ("openbadges\0" + url).getBytes(StandardCharsets.ISO_8859_1)));
        byte[] legacy = TestImages.assemble(chunks);

        UnbakeResult.Found found = (UnbakeResult.Found) Baker.unbake(legacy);
        BakeResult.Baked rebaked =
                (BakeResult.Baked) Baker.bake(legacy, BadgePayload.openBadgeCredential(TestImages.credentialJwt()));

        assertThat(found.payload()).isEqualTo(new BadgePayload(BadgeStandard.OPEN_BADGES_2_0, PayloadForm.URL, url));
        assertThat(rebaked.replaced()).containsExactly(BadgeStandard.OPEN_BADGES_2_0);
        assertThat(types(rebaked.image())).doesNotContain("tEXt");
    }

    @Test
    void keepsBytesThatFollowIend() {
        byte[] original = TestImages.png(4, 4, 7);
        byte[] trailer = "trailing bytes".getBytes(StandardCharsets.US_ASCII);
        byte[] withTrailer = Arrays.copyOf(original, original.length + trailer.length);
        System.arraycopy(trailer, 0, withTrailer, original.length, trailer.length);

        byte[] baked = bakedImage(withTrailer, BadgePayload.openBadgeCredential(TestImages.credentialJwt()));

        assertThat(Arrays.copyOfRange(baked, baked.length - trailer.length, baked.length))
                .isEqualTo(trailer);
        assertThat(Baker.unbake(baked)).isInstanceOf(UnbakeResult.Found.class);
    }

    private static byte[] bakedImage(byte[] image, BadgePayload payload) {
        BakeResult result = Baker.bake(image, payload);
        assertThat(result).isInstanceOf(BakeResult.Baked.class);
        return ((BakeResult.Baked) result).image();
    }

    private static String keyword(BadgeStandard standard) {
        return standard == BadgeStandard.OPEN_BADGES_3_0 ? "openbadgecredential" : "openbadges";
    }

    private static List<String> types(byte[] png) {
        return TestImages.chunks(png).stream().map(RawChunk::type).toList();
    }
}
