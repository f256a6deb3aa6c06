package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Objects;

/**
 * One entry of a JSON-LD {@code @context}: the IRI of a context document or an inline context definition.
 *
 * <p>Immutable and thread-safe as long as the {@link Inline#definition()} node is not mutated.
 */
public sealed interface ContextEntry {

    /** The W3C Verifiable Credentials 2.0 base context, first in every credential. */
    String VC_V2 = "https://www.w3.org/ns/credentials/v2";

    /** The Open Badges 3.0 context this library writes. */
    String OB_V3P0 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    /** The Open Badges 3.0 extensions context (1EdTech schema, status and refresh types). */
    String OB_V3P0_EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";

    /** The CLR 2.0 context this library writes. */
    String CLR_V2P0 = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";

    /** An entry that is the IRI of a context document. */
    record Iri(String iri) implements ContextEntry {
        /** @throws NullPointerException if {@code iri} is null */
        public Iri {
            Objects.requireNonNull(iri, "iri");
        }
    }

    /** An inline context definition, kept exactly as written. */
    record Inline(ObjectNode definition) implements ContextEntry {
        /**
         * Copies {@code definition}.
         *
         * @throws NullPointerException if it is null
         */
        public Inline {
            definition = definition.deepCopy();
        }
    }

    /** The IRI of this entry, or null for an inline definition. */
    default String iri() {
        return this instanceof Iri i ? i.iri() : null;
    }

    /** An {@code @context} array of context IRIs, in order. */
    static OneOrMany<ContextEntry> iris(String... iris) {
        return OneOrMany.many(Arrays.stream(iris).<ContextEntry>map(Iri::new).toList());
    }
}
