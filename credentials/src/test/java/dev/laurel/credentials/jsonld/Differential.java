package dev.laurel.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.rdf.CanonicalizationLimitException;
import dev.laurel.credentials.rdf.Canonicalizer;
import dev.laurel.credentials.rdf.Quad;
import java.util.List;

/**
 * The differential check: the fast path's answer for a document against the general path's. The general path either
 * refuses the document or gives its dataset; the fast path either declines or gives a dataset, and that dataset must
 * have the same canonical N-Quads. A document the general path refuses, the fast path must decline.
 */
final class Differential {

    /** What one document came to. */
    enum Outcome {
        /** Both paths gave the same canonical form. */
        SAME,
        /** The general path refused it and the fast path declined. */
        REFUSED,
        /** The fast path declined; the general path converted it. */
        DECLINED
    }

    private Differential() {}

    /** Compares both paths on {@code document}, failing the test on any difference; {@code name} says which. */
    static Outcome compare(String name, JsonNode document) {
        String general;
        try {
            general = canonical(JsonLdToRdf.toRdf(document));
        } catch (JsonLdException refused) {
            general = null;
        }
        Conversion fast = FastPath.convert(document);
        if (fast instanceof Conversion.Converted converted) {
            assertThat(general)
                    .as("%s: the general path refuses it, but the fast path converted it", name)
                    .isNotNull();
            assertThat(canonical(converted.quads()))
                    .as("%s: the fast path's canonical N-Quads", name)
                    .isEqualTo(general);
            return Outcome.SAME;
        }
        return general == null ? Outcome.REFUSED : Outcome.DECLINED;
    }

    /** The reason the fast path declines {@code document}, or null when it converts it. */
    static String declineReason(JsonNode document) {
        return FastPath.convert(document) instanceof Conversion.Declined declined ? declined.reason() : null;
    }

    private static String canonical(List<Quad> quads) {
        try {
            return Canonicalizer.rdfc10().canonicalize(quads).nquads();
        } catch (CanonicalizationLimitException e) {
            throw new AssertionError("the dataset cannot be canonicalized", e);
        }
    }
}
