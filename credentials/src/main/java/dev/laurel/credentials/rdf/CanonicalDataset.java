package dev.laurel.credentials.rdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of RDFC-1.0: the dataset with canonical blank node labels, and its serialized canonical form. Immutable.
 *
 * @param quads the distinct input quads with blank nodes relabelled {@code c14n0}, {@code c14n1}, ..., sorted in code
 *     point order of their canonical N-Quads lines; unmodifiable
 * @param issuedIdentifiers the canonical issuer's issued identifiers map: each input blank node label (without
 *     {@code _:}) to its canonical label, in order of issue; unmodifiable
 * @param nquads the serialized canonical form: the canonical N-Quads lines of {@code quads}, in order, each ending with
 *     {@code "\n"}; this is what Data Integrity proofs hash and sign
 */
public record CanonicalDataset(List<Quad> quads, Map<String, String> issuedIdentifiers, String nquads) {

    public CanonicalDataset {
        quads = List.copyOf(quads);
        issuedIdentifiers = Collections.unmodifiableMap(new LinkedHashMap<>(issuedIdentifiers));
    }
}
