package dev.laurel.credentials.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of reading JSON into the model: the value, or every problem found.
 *
 * <p>Reading never throws for bad input; it returns a {@link Failure} listing each {@link ReadProblem} with its JSON
 * Pointer. Callers that treat bad input as a bug can use {@link #orElseThrow()}.
 *
 * @param <T> the model type
 */
public sealed interface ReadResult<T> {

    /** The document was read. */
    record Success<T>(T value) implements ReadResult<T> {
        /** @throws NullPointerException if {@code value} is null */
        public Success {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The document could not be read; {@code problems} is never empty. */
    record Failure<T>(List<ReadProblem> problems) implements ReadResult<T> {
        /** @throws IllegalArgumentException if {@code problems} is empty */
        public Failure {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a failure needs at least one problem");
            }
        }
    }

    /**
     * The value read.
     *
     * @throws CredentialReadException listing the problems, if reading failed
     */
    default T orElseThrow() {
        return switch (this) {
            case Success<T> s -> s.value();
            case Failure<T> f -> throw new CredentialReadException(f.problems());
        };
    }

    /** The problems found; empty on success. */
    default List<ReadProblem> problems() {
        return this instanceof Failure<T> f ? f.problems() : List.of();
    }

    /** Whether the document was read. */
    default boolean isSuccess() {
        return this instanceof Success<T>;
    }

    /** The value mapped by {@code mapper} on success, the same problems on failure. */
    default <R> ReadResult<R> map(Function<? super T, ? extends R> mapper) {
        return switch (this) {
            case Success<T> s -> new Success<>(mapper.apply(s.value()));
            case Failure<T> f -> new Failure<>(f.problems());
        };
    }
}
