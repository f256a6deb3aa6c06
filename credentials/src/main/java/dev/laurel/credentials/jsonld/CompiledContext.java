package dev.laurel.credentials.jsonld;

import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.TermDefinition;
import com.apicatalog.jsonld.lang.DirectionType;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * An active context the fast path reads: the term definitions of one of the JSON-LD processor's active contexts,
 * compiled once, with the contexts derived from it (embedded, property-scoped and type-scoped contexts) remembered.
 *
 * <p>The processor builds every context, so {@code @protected}, scoping and redefinition follow the general path
 * exactly; a derivation the processor refuses is remembered as refused, and the fast path declines. Immutable apart
 * from its bounded memory of derivations; thread-safe.
 */
final class CompiledContext {

    /** At most this many contexts derived from one context are remembered; past it, the fast path declines. */
    static final int MAX_DERIVED = 64;

    private final ActiveContext processorContext;
    private final CompiledContext previous;
    private final Map<String, CompiledTerm> terms;
    private final boolean valueAlias;
    private final String vocabulary;
    private final String unsupported;
    private final Map<Object, Derived> derived = new ConcurrentHashMap<>();

    CompiledContext(ActiveContext processorContext, CompiledContext previous, CompiledContext parent) {
        this.processorContext = processorContext;
        this.previous = previous;
        this.terms = compile(processorContext, parent);
        this.valueAlias = terms.values().stream().anyMatch(term -> "@value".equals(term.keyword()));
        this.vocabulary = processorContext.getVocabularyMapping();
        this.unsupported = unsupported(processorContext);
    }

    /** The term definition of {@code name}, or null. */
    CompiledTerm term(String name) {
        return terms.get(name);
    }

    /** The context a non-propagated (type-scoped) context reverts to in a new node object, or null. */
    CompiledContext previous() {
        return previous;
    }

    /** Whether a term is an alias of {@code @value}. */
    boolean hasValueAlias() {
        return valueAlias;
    }

    /** The vocabulary mapping ({@code @vocab}), an absolute IRI, or null. */
    String vocabulary() {
        return vocabulary;
    }

    /** Why the fast path cannot expand with this context (a default language, direction or base), or null. */
    String unsupported() {
        return unsupported;
    }

    ActiveContext processorContext() {
        return processorContext;
    }

    /**
     * The context derived from this one by {@code derivation}, computed once by {@code compute}.
     *
     * @throws Decline when the processor refused the derivation, or too many were derived from this context
     */
    CompiledContext derive(Object key, Supplier<Derived> compute) {
        Derived result = derived.get(key);
        if (result == null) {
            if (derived.size() >= MAX_DERIVED) {
                throw new Decline("more than " + MAX_DERIVED + " different contexts derived from one context");
            }
            result = derived.computeIfAbsent(key, k -> compute.get());
        }
        return switch (result) {
            case Derived.Compiled compiled -> compiled.context();
            case Derived.Refused refused -> throw new Decline(refused.reason());
        };
    }

    /** Maps the processor's previous context of a context derived from this one to its compiled form. */
    CompiledContext compiledPrevious(ActiveContext processorPrevious) {
        if (processorPrevious == null) {
            return null;
        }
        if (processorPrevious == processorContext) {
            return this;
        }
        if (previous != null && processorPrevious == previous.processorContext) {
            return previous;
        }
        throw new Decline("a derived context reverts to a context the fast path does not know");
    }

    private static Map<String, CompiledTerm> compile(ActiveContext context, CompiledContext parent) {
        Map<String, TermDefinition> definitions = context.getTermsMapping();
        HashMap<String, CompiledTerm> compiled = HashMap.newHashMap(definitions.size());
        Map<String, TermDefinition> parentDefinitions =
                parent == null ? Map.of() : parent.processorContext.getTermsMapping();
        definitions.forEach((name, definition) -> {
            CompiledTerm same = parentDefinitions.get(name) == definition ? parent.terms.get(name) : null;
            compiled.put(name, same != null ? same : CompiledTerm.of(name, definition));
        });
        return compiled;
    }

    private static String unsupported(ActiveContext context) {
        String vocabulary = context.getVocabularyMapping();
        if (vocabulary != null && (vocabulary.startsWith("_:") || !AbsoluteIris.isAbsolute(vocabulary))) {
            return "a context sets @vocab to something else than an absolute IRI";
        }
        if (context.getDefaultLanguage() != null) {
            return "a context sets a default @language";
        }
        DirectionType direction = context.getDefaultBaseDirection();
        if (direction != null && direction != DirectionType.NULL) {
            return "a context sets a default @direction";
        }
        if (context.getBaseUri() != null) {
            return "a context sets @base";
        }
        return null;
    }

    /** The outcome of deriving a context: compiled, or refused by the processor. */
    sealed interface Derived {
        record Compiled(CompiledContext context) implements Derived {}

        record Refused(String reason) implements Derived {}
    }
}
