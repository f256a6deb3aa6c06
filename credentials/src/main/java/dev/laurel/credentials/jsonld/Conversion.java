package dev.laurel.credentials.jsonld;

import dev.laurel.credentials.rdf.Quad;
import java.util.List;

/** What the fast path made of a document: its RDF dataset, or why it left the document to the general processor. */
sealed interface Conversion {

    /** The dataset, as the general processor would give it up to blank node labels. */
    record Converted(List<Quad> quads) implements Conversion {}

    /** The fast path declined; {@code reason} says why, for the debug log. */
    record Declined(String reason) implements Conversion {}
}
