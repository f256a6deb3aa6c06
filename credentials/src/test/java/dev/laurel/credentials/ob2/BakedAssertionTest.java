package dev.laurel.credentials.ob2;

import static dev.laurel.credentials.ob2.Reports.describe;
import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.bake.BadgePayload;
import dev.laurel.credentials.bake.BakeResult;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import org.junit.jupiter.api.Test;

/** Open Badges 2.0 assertions reach this verifier through the main {@link Verifier}: baked, as JSON, or by URL text. */
class BakedAssertionTest {

    @Test
    void verifiesHostedAssertionsBakedIntoPngAndSvgThroughTheMainVerifier() {
        try (IssuerSite site = IssuerSite.withSpecExamples()) {
            Verifier verifier = Verifier.builder()
                    .clock(IssuerSite.NOW)
                    .fetcher(site.fetcher())
                    .build();
            byte[] png = bake(Fixtures.bytes("fixtures/verify/valid.png"), Json.write(site.assertion()));
            byte[] svg = bake(Fixtures.bytes("fixtures/verify/valid.svg"), site.url(IssuerSite.ASSERTION));

            for (byte[] image :
                    new byte[][] {png, svg, Json.write(site.assertion()).getBytes()}) {
                VerificationReport report = verifier.verify(image);
                assertThat(report.verified()).as(describe(report)).isTrue();
                assertThat(report.format()).isEqualTo("ob2 hosted");
            }
        }
    }

    private static byte[] bake(byte[] image, String assertion) {
        return switch (Baker.bake(image, BadgePayload.assertion(assertion))) {
            case BakeResult.Baked baked -> baked.image();
            case BakeResult.Refused refused -> throw new AssertionError(refused.message());
        };
    }
}
