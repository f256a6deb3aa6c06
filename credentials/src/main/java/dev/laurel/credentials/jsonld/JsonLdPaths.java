package dev.laurel.credentials.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.rdf.Quad;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * JSON-LD to RDF the fast way when it can be, and the general way otherwise — never a different answer.
 *
 * <p>{@link #toRdf} first tries the fast path: a document whose {@code @context}s are all bundled contexts and whose
 * shape it fully understands (Open Badges 3.0, CLR 2.0, VC 2.0 credentials and their proofs, status lists) is turned
 * straight into RDF with contexts compiled once. Anything it does not fully understand — an inline or unknown context,
 * a context with {@code @base}, a default language or a relative {@code @vocab}, an undefined term, an unusual keyword
 * or container, a value the general path would refuse or drop — it leaves to the general processor,
 * {@link JsonLdToRdf}: slower, never wrong. Refusals therefore stay exactly those of {@link JsonLdToRdf}.
 *
 * <p>Each decision is counted ({@link #fastPathCount()}, {@link #fallbackCount()}, for metrics) and each fallback is
 * logged at DEBUG level on the {@code System.Logger} named after this class, with the reason. Thread-safe.
 */
public final class JsonLdPaths {

    private static final System.Logger LOG = System.getLogger(JsonLdPaths.class.getName());
    private static final LongAdder FAST = new LongAdder();
    private static final LongAdder FALLBACK = new LongAdder();

    private JsonLdPaths() {}

    /**
     * The RDF dataset of {@code document}, as {@link JsonLdToRdf#toRdf} gives it up to blank node labels.
     *
     * @throws JsonLdException when the document uses an unknown context or undefined term, or is not valid JSON-LD
     */
    public static List<Quad> toRdf(JsonNode document) {
        return switch (FastPath.convert(document)) {
            case Conversion.Converted converted -> {
                FAST.increment();
                yield converted.quads();
            }
            case Conversion.Declined declined -> {
                FALLBACK.increment();
                LOG.log(
                        Level.DEBUG,
                        () -> "JSON-LD fast path declined (" + declined.reason()
                                + "); the general processor converts the document");
                yield JsonLdToRdf.toRdf(document);
            }
        };
    }

    /** How many documents the fast path has converted since the library was loaded. */
    public static long fastPathCount() {
        return FAST.sum();
    }

    /** How many documents went to the general processor since the library was loaded. */
    public static long fallbackCount() {
        return FALLBACK.sum();
    }
}
