/**
 * The typed data model of Open Badges 3.0 and CLR 2.0 credentials, read from and written to JSON exactly through
 * {@link dev.laurel.credentials.model.CredentialJson}.
 *
 * <h2>Shape of the model</h2>
 *
 * <p>Each 1EdTech class is a record whose components are its JSON properties, in the conventional writing order, null
 * when absent, plus an ordered {@code extensions} map holding every property the record does not model. Values that
 * JSON-LD lets be one or several are {@link dev.laurel.credentials.model.OneOrMany}; date-times are {@link
 * dev.laurel.credentials.model.DateTime} (lexical form kept); numbers are {@link java.math.BigDecimal} (integer or
 * decimal kind kept); an {@code issuer} is a {@link dev.laurel.credentials.model.ProfileRef} and an {@code image} an
 * {@link dev.laurel.credentials.model.ImageRef} (object or bare IRI). Text properties are JSON strings: the language
 * maps that the generated 1EdTech JSON Schemas also admit are reported as a wrong type.
 *
 * <h2>Adding a property</h2>
 *
 * <p>Everything about a class lives in its record's file: add the component (in writing order), one line to the
 * package-private {@code read(JsonReading)} ({@code in.string("name")}, {@code in.objects("name", X::read)} …), one
 * line to {@code write(JsonWriting)}, and a builder setter. The round-trip tests over the spec vectors then prove
 * nothing was lost. This keeps the larger records (credentials, Achievement, Profile) over 300 lines on purpose: one
 * spec class, one file.
 */
package dev.laurel.credentials.model;
