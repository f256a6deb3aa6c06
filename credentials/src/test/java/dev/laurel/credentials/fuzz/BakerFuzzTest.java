package dev.laurel.credentials.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.laurel.credentials.bake.BadgePayload;
import dev.laurel.credentials.bake.BakeResult;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.bake.ImageKind;
import dev.laurel.credentials.bake.UnbakeResult;

/**
 * {@link Baker} never throws for any image content: unbaking any bytes gives a result, and whenever baking into them
 * succeeds, unbaking the baked image finds exactly the payload that went in.
 */
class BakerFuzzTest {

    private static final BadgePayload CREDENTIAL = BadgePayload.openBadgeCredential(
            "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"name\":\"a]]>b <![CDATA[ & \\\" '\"}");
    private static final BadgePayload ASSERTION = BadgePayload.assertion("https://example.org/assertions/1");

    @FuzzTest
    void neverThrowsOnAnyImage(byte[] image) {
        UnbakeResult unbaked = Baker.unbake(image);

        assertThat(unbaked).isNotNull();
        if (unbaked instanceof UnbakeResult.Found found) {
            assertThat(found.image()).isEqualTo(ImageKind.detect(image));
        }
        BadgePayload payload = image.length % 2 == 0 ? CREDENTIAL : ASSERTION;
        if (Baker.bake(image, payload) instanceof BakeResult.Baked baked) {
            assertThat(Baker.unbake(baked.image())).isInstanceOfSatisfying(UnbakeResult.Found.class, found -> {
                assertThat(found.payload()).isEqualTo(payload);
                assertThat(found.image()).isEqualTo(baked.kind());
            });
        }
    }
}
