package dev.laurel.credentials.ob2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssertionDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"01-Assertion.json", "04-Assertion.json"})
    void recognizesTheSpecExampleAssertions(String example) {
        assertThat(OpenBadges2Verifier.isAssertion(Fixtures.json("spec/ob-v2p0/examples/" + example)))
                .isTrue();
    }

    @Test
    void recognizesAnUntypedOpenBadges1Assertion() {
        var assertion = Json.parse("{\"uid\": \"abc\", \"recipient\": {\"type\": \"email\", \"identity\": \"a@b.c\"},"
                + " \"badge\": \"https://example.org/badge\", \"verify\": {\"type\": \"hosted\","
                + " \"url\": \"https://example.org/a\"}}");

        assertThat(OpenBadges2Verifier.isAssertion(assertion)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "spec/ob-v2p0/examples/02-Issuer.json",
                "spec/ob-v2p0/examples/06-RevocationList.json",
                "spec/ob-v2p0/examples/16-Endorsement.json",
                "fixtures/ob2/robotics-badge.json",
                "spec/vectors/ob-v3p0-spec-examples/07-sample-openbadgecredential.json"
            })
    void doesNotTakeOtherDocumentsForAssertions(String path) {
        assertThat(OpenBadges2Verifier.isAssertion(Fixtures.json(path))).isFalse();
    }

    @Test
    void recognizesASignedAssertionByItsPayloadWithoutVerifyingIt() {
        String payload = Fixtures.text("spec/ob-v2p0/examples/04-Assertion.json");
        String jws = base64url("{\"alg\":\"RS256\"}") + "." + base64url(payload) + ".c2lnbmF0dXJl";
        String vcJwt = base64url("{\"alg\":\"EdDSA\"}") + "."
                + base64url(Fixtures.text("spec/vectors/ob-v3p0-spec-examples/07-sample-openbadgecredential.json"))
                + ".c2lnbmF0dXJl";

        assertThat(OpenBadges2Verifier.isSignedAssertion(jws)).isTrue();
        assertThat(OpenBadges2Verifier.isSignedAssertion(vcJwt)).isFalse();
        assertThat(OpenBadges2Verifier.isSignedAssertion("not.a.jws!")).isFalse();
        assertThat(OpenBadges2Verifier.isSignedAssertion(null)).isFalse();
    }

    private static String base64url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
