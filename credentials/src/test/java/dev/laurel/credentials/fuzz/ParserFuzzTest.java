package dev.laurel.credentials.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.rdf.CanonicalDataset;
import dev.laurel.credentials.rdf.CanonicalizationLimitException;
import dev.laurel.credentials.rdf.Canonicalizer;
import dev.laurel.credentials.rdf.NQuads;
import dev.laurel.credentials.rdf.NQuadsSyntaxException;
import dev.laurel.credentials.rdf.Quad;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The parsers throw only the exceptions they document, and what they parse survives a round trip. */
class ParserFuzzTest {

    private static final Canonicalizer RDFC = Canonicalizer.rdfc10();

    @FuzzTest
    void decodingAJwtThrowsOnlyIllegalArgument(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            DecodedJwt jwt = DecodedJwt.parse(text);
            assertThat(DecodedJwt.looksLikeJwt(text)).isTrue();
            assertThat(jwt.credential()).isNotNull();
        } catch (IllegalArgumentException documented) {
            assertThat(documented.getMessage()).isNotBlank();
        }
    }

    /**
     * Parsed N-Quads serialize and parse back to the same quads; canonicalizing them throws at most the limit
     * exception, and canonical N-Quads are their own canonical form.
     */
    @FuzzTest
    void parsingNQuadsThrowsOnlySyntaxErrors(byte[] input) {
        List<Quad> quads;
        try {
            quads = NQuads.parse(new String(input, StandardCharsets.UTF_8));
        } catch (NQuadsSyntaxException documented) {
            return;
        }
        assertThat(NQuads.parse(NQuads.serialize(quads))).isEqualTo(quads);
        CanonicalDataset canonical;
        try {
            canonical = RDFC.canonicalize(quads);
        } catch (CanonicalizationLimitException documented) {
            return;
        }
        assertThat(RDFC.canonicalize(NQuads.parse(canonical.nquads())).nquads()).isEqualTo(canonical.nquads());
    }
}
