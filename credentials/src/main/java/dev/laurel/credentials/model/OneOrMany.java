package dev.laurel.credentials.model;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * A property value that JSON-LD lets be written either as a single value or as an array, remembering which.
 *
 * <p>{@code "type": "Profile"} reads as {@code one("Profile")} and {@code "type": ["Profile"]} as {@code
 * many("Profile")}; each is written back in its own shape, so an array of one stays an array. An absent property is
 * {@code null} in the model, never an empty {@code OneOrMany}; an empty JSON array is {@code many()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param values the values, in document order, never null and without null elements
 * @param array whether the values are written as a JSON array; a non-array holds exactly one value
 * @param <T> the value type
 */
public record OneOrMany<T>(List<T> values, boolean array) {

    /**
     * Creates the value.
     *
     * @throws IllegalArgumentException if {@code array} is false and there is not exactly one value
     * @throws NullPointerException if {@code values} or one of its elements is null
     */
    public OneOrMany {
        values = List.copyOf(values);
        if (!array && values.size() != 1) {
            throw new IllegalArgumentException("a single value needs exactly one element, got " + values.size());
        }
    }

    /** A single value, written without brackets. */
    public static <T> OneOrMany<T> one(T value) {
        return new OneOrMany<>(List.of(value), false);
    }

    /** An array of values, written as a JSON array even when it holds one value or none. */
    @SafeVarargs
    public static <T> OneOrMany<T> many(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T value : values) {
            list.add(value);
        }
        return new OneOrMany<>(list, true);
    }

    /** An array of values, written as a JSON array even when it holds one value or none. */
    public static <T> OneOrMany<T> many(List<T> values) {
        return new OneOrMany<>(values, true);
    }

    /** The values of a possibly absent property: an empty list when {@code value} is null. */
    public static <T> List<T> listOf(OneOrMany<T> value) {
        return value == null ? List.of() : value.values();
    }

    /**
     * The first value.
     *
     * @throws NoSuchElementException if this is an empty array
     */
    public T first() {
        if (values.isEmpty()) {
            throw new NoSuchElementException("empty array");
        }
        return values.get(0);
    }

    /** Whether one of the values equals {@code value}. */
    public boolean contains(T value) {
        return values.contains(value);
    }

    /** The number of values. */
    public int size() {
        return values.size();
    }

    /** This value with {@code value} appended; the result is always an array. */
    public OneOrMany<T> plus(T value) {
        List<T> all = new ArrayList<>(values);
        all.add(Objects.requireNonNull(value, "value"));
        return many(all);
    }

    /** The values mapped by {@code mapper}, in the same shape. */
    public <R> OneOrMany<R> map(Function<? super T, ? extends R> mapper) {
        List<R> mapped = new ArrayList<>(values.size());
        for (T value : values) {
            mapped.add(mapper.apply(value));
        }
        return new OneOrMany<>(mapped, array);
    }
}
