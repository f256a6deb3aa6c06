package dev.laurel.credentials.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Open Badges 3.0, CLR 2.0 and Data Integrity vectors. The canonical forms of {@code ob-v3p0-canonical} are what
 * rdf-canonize and rdfjs-c14n agree on; 'complete' is the credential that titanium-rdfc and rdf-urdna get wrong (four
 * identical endorsement proofs, each in its own blank-node graph).
 */
class ObCredentialVectorsTest {

    private static final String CANONICAL_VECTORS = "vectors/ob-v3p0-canonical/";

    @ParameterizedTest
    @ValueSource(strings = {"basic", "noendorse", "complete"})
    void canonicalizesOpenBadgeCredentialLikeTheReferenceImplementations(String credential) {
        String input = Fixtures.text(CANONICAL_VECTORS + credential + "/input.nq");

        CanonicalDataset canonical = Canonicalizer.rdfc10().canonicalize(NQuads.parse(input));

        assertThat(canonical.nquads()).isEqualTo(Fixtures.text(CANONICAL_VECTORS + credential + "/canonical.nq"));
        assertThat(canonical.nquads().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(Fixtures.bytes(CANONICAL_VECTORS + credential + "/canonical.nq"));
        assertThat(NQuads.serialize(canonical.quads())).isEqualTo(canonical.nquads());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "vectors/ob-v3p0-impl/document-canon.txt",
                "vectors/ob-v3p0-impl/proof-canon.txt",
                "vectors/clr-v2p0-impl/document-canon.txt",
                "vectors/vc-di-eddsa/eddsa-rdfc-2022/canonDocDataInt.txt"
            })
    void leavesAnAlreadyCanonicalDocumentUnchanged(String vector) {
        String canonicalDocument = Fixtures.text(vector);

        CanonicalDataset canonical = Canonicalizer.rdfc10().canonicalize(NQuads.parse(canonicalDocument));

        assertThat(canonical.nquads()).isEqualTo(canonicalDocument);
    }
}
