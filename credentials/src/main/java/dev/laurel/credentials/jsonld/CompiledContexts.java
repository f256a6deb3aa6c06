package dev.laurel.credentials.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.ActiveContextBuilder;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * The contexts of the fast path, compiled from the bundled contexts by the JSON-LD processor's own context processing,
 * configured as the general path's ({@link BundledContexts} as the only loader, undefined terms failing). Each
 * derivation — the {@code @context} of a node, a property-scoped or a type-scoped context — runs once and is
 * remembered by the context it was derived from. Thread-safe: the processor's context code runs under one lock.
 */
final class CompiledContexts {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final ReentrantLock PROCESSOR = new ReentrantLock();
    private static final CompiledContext EMPTY = new CompiledContext(emptyContext(), null, null);

    private CompiledContexts() {}

    /** The initial context of a document: no terms. */
    static CompiledContext empty() {
        return EMPTY;
    }

    /** {@code active} with the bundled contexts {@code urls} of a node's {@code @context} applied. */
    static CompiledContext withContexts(CompiledContext active, List<String> urls) {
        return active.derive(new EmbeddedKey(urls), () -> derive(active, builder -> builder, contextValue(urls), null));
    }

    /** {@code active} with the scoped context of {@code term} applied to a node object's properties. */
    static CompiledContext propertyScoped(CompiledContext active, CompiledTerm term, URI baseUrl) {
        return active.derive(
                new ScopedKey(Scope.PROPERTY, term.localContext(), baseUrl),
                () -> derive(active, builder -> builder.overrideProtected(true), term.localContext(), baseUrl));
    }

    /** {@code active} with the scoped context of {@code term} applied to a scalar value, as the processor does. */
    static CompiledContext scalarScoped(CompiledContext active, CompiledTerm term, URI baseUrl) {
        return active.derive(
                new ScopedKey(Scope.SCALAR, term.localContext(), baseUrl),
                () -> derive(active, builder -> builder, term.localContext(), baseUrl));
    }

    /** {@code active} with the scoped context of the type {@code term} applied, not propagated to nested nodes. */
    static CompiledContext typeScoped(CompiledContext active, CompiledTerm term, URI baseUrl) {
        return active.derive(
                new ScopedKey(Scope.TYPE, term.localContext(), baseUrl),
                () -> derive(active, builder -> builder.propagate(false), term.localContext(), baseUrl));
    }

    private static CompiledContext.Derived derive(
            CompiledContext active, UnaryOperator<ActiveContextBuilder> options, JsonValue localContext, URI baseUrl) {
        PROCESSOR.lock();
        try {
            ActiveContext derived =
                    options.apply(active.processorContext().newContext()).create(localContext, baseUrl);
            CompiledContext previous = active.compiledPrevious(derived.getPreviousContext());
            return new CompiledContext.Derived.Compiled(new CompiledContext(derived, previous, active));
        } catch (JsonLdError | RuntimeException e) {
            return new CompiledContext.Derived.Refused("the JSON-LD processor refuses the context: " + e.getMessage());
        } finally {
            PROCESSOR.unlock();
        }
    }

    private static JsonValue contextValue(List<String> urls) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        urls.forEach(array::add);
        return array.build();
    }

    private static ActiveContext emptyContext() {
        JsonLdOptions options = new JsonLdOptions(BundledContexts.instance());
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        return new ActiveContext(null, null, ProcessingRuntime.of(options));
    }

    private enum Scope {
        PROPERTY,
        SCALAR,
        TYPE
    }

    /** A node's {@code @context}: the list of URLs. */
    private record EmbeddedKey(List<String> urls) {}

    /** A scoped context, by identity: the processor's definitions keep the one parsed value of each. */
    private record ScopedKey(Scope scope, JsonValue localContext, URI baseUrl) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ScopedKey that
                    && scope == that.scope
                    && localContext == that.localContext
                    && (baseUrl == that.baseUrl || Objects.equals(baseUrl, that.baseUrl));
        }

        @Override
        public int hashCode() {
            return (scope.hashCode() * 31 + System.identityHashCode(localContext)) * 31 + Objects.hashCode(baseUrl);
        }
    }
}
