package dev.laurel.credentials.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random mutations of baked images: baking and unbaking return a result and never throw, and whenever a mutant
 * can be baked, the baked mutant unbakes to the new payload.
 */
class UnbakeRobustnessTest {

    private static final int MUTANTS = 1500;

    static Stream<Arguments> bakedImages() {
        BadgePayload json = BadgePayload.openBadgeCredential(TestImages.awkwardCredentialJson());
        BadgePayload jwt = BadgePayload.openBadgeCredential(TestImages.credentialJwt());
        return Stream.of(
                Arguments.of("png", baked(TestImages.png(6, 5, 2), json)),
                Arguments.of("apng", baked(TestImages.animatedPng(4, 4), jwt)),
                Arguments.of("svg json", baked(SvgBakingTest.SVG.getBytes(StandardCharsets.UTF_8), json)),
                Arguments.of(
                        "svg assertion",
                        baked(
                                SvgBakingTest.SVG.getBytes(StandardCharsets.UTF_8),
                                BadgePayload.assertion(TestImages.hostedAssertionJson()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bakedImages")
    void neverThrowsOnMutatedImages(String name, byte[] image) {
        Random random = new Random(name.hashCode());
        BadgePayload payload = BadgePayload.assertion("https://example.org/a");
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = mutate(image, random);

            assertThatCode(() -> {
                        assertThat(Baker.unbake(mutant)).isNotNull();
                        if (Baker.bake(mutant, payload) instanceof BakeResult.Baked baked) {
                            assertThat(Baker.unbake(baked.image()))
                                    .isEqualTo(new UnbakeResult.Found(
                                            baked.kind(), payload, verify(baked.kind(), payload)));
                        }
                    })
                    .as("%s mutant %d", name, i)
                    .doesNotThrowAnyException();
        }
    }

    private static Optional<String> verify(ImageKind kind, BadgePayload payload) {
        return kind == ImageKind.SVG ? Optional.of(payload.text()) : Optional.empty();
    }

    private static byte[] mutate(byte[] image, Random random) {
        byte[] mutant = image.clone();
        switch (random.nextInt(5)) {
            case 0 -> {
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    mutant[random.nextInt(mutant.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> mutant = Arrays.copyOf(mutant, random.nextInt(mutant.length));
            case 2 -> {
                int at = random.nextInt(mutant.length);
                byte[] noise = new byte[1 + random.nextInt(16)];
                random.nextBytes(noise);
                mutant = splice(mutant, at, at, noise);
            }
            case 3 -> {
                int from = random.nextInt(mutant.length);
                int to = Math.min(mutant.length, from + random.nextInt(64));
                mutant = splice(mutant, from, to, new byte[0]);
            }
            default -> {
                int from = random.nextInt(mutant.length);
                int to = Math.min(mutant.length, from + random.nextInt(64));
                int at = random.nextInt(mutant.length);
                mutant = splice(mutant, at, at, Arrays.copyOfRange(mutant, from, to));
            }
        }
        return mutant;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] inserted) {
        byte[] out = new byte[bytes.length - (to - from) + inserted.length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(inserted, 0, out, from, inserted.length);
        System.arraycopy(bytes, to, out, from + inserted.length, bytes.length - to);
        return out;
    }

    private static byte[] baked(byte[] image, BadgePayload payload) {
        return ((BakeResult.Baked) Baker.bake(image, payload)).image();
    }
}
