package dev.laurel.credentials.model;

import java.util.Objects;

/**
 * Why a JSON document could not be read into the model, and where.
 *
 * <p>Reading checks the JSON shape of every modelled property (a string where a string belongs, an object or an array
 * of objects where objects belong, a valid date-time); it does not check that required properties are present or
 * that values are from a vocabulary — that is the job of JSON Schema validation and verification.
 *
 * @param kind the stable category of the problem
 * @param pointer the RFC 6901 JSON Pointer of the offending value ({@code ""} for the document itself)
 * @param expected what the model expects there, for example {@code "a string or an array of strings"}
 * @param found what the document has there, for example {@code "a number (5)"}
 */
public record ReadProblem(Kind kind, String pointer, String expected, String found) {

    /** Stable problem categories. */
    public enum Kind {
        /** The text is not a single well-formed JSON value (syntax error, duplicate key, trailing content). */
        INVALID_JSON,
        /** A value has the wrong JSON type for its property. */
        WRONG_TYPE,
        /** A date-time property is a string but not an RFC 3339 date-time with an offset. */
        INVALID_DATE_TIME,
        /** A date property is a string but not an ISO 8601 calendar date ({@code YYYY-MM-DD}). */
        INVALID_DATE
    }

    /** @throws NullPointerException if a component is null */
    public ReadProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
    }

    /** A one-line human-readable description, for example {@code /type: expected a string …, found a number (5)}. */
    public String message() {
        return (pointer.isEmpty() ? "(document)" : pointer) + ": expected " + expected + ", found " + found;
    }
}
