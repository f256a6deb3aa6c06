package dev.laurel.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AbsoluteIrisTest {

    private static final String ALPHABET = "aZ09:/?#[]@!$&'()*+,;=-._~%Fg \"<>\\^`{|}é\u00a0\n";

    @Test
    void everyPlainIriIsOneTheGeneralPathKeeps() {
        Random random = new Random(7);
        int plain = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder value = new StringBuilder(random.nextBoolean() ? "https:" : "urn:x");
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String iri = value.toString();
            if (AbsoluteIris.isPlain(iri)) {
                plain++;
                assertThat(AbsoluteIris.isKeptByTheGeneralPath(iri)).as(iri).isTrue();
            }
        }
        assertThat(plain).isGreaterThan(10_000);
    }

    @Test
    void leavesIrisTheGeneralPathWouldDropToIt() {
        for (String dropped : new String[] {"https://a/b#c#d", "http://", "http://x/%zz", "urn:a b", "a:", "x"}) {
            assertThat(AbsoluteIris.isAbsolute(dropped)).as(dropped).isFalse();
        }
        for (String kept :
                new String[] {"https://example.edu/a?b=c#d", "did:key:z6Mk#z6Mk", "urn:uuid:1-2", "xsd:date"}) {
            assertThat(AbsoluteIris.isPlain(kept)).as(kept).isTrue();
        }
        assertThat(AbsoluteIris.isAbsolute("https://example.org/café")).isTrue();
        assertThat(AbsoluteIris.isPlain("https://example.org/café")).isFalse();
    }
}
