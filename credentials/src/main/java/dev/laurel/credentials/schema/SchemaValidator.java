package dev.laurel.credentials.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Validates JSON against the bundled 1EdTech schemas (JSON Schema draft 2019-09). Schemas are read from the library,
 * never from the network, and compiled once. Thread-safe.
 */
public final class SchemaValidator {

    private static final String FOLDER = "/dev/laurel/credentials/schema/";
    private static final SchemaValidator INSTANCE = new SchemaValidator();

    private final Map<CredentialSchema, Schema> schemas = new EnumMap<>(CredentialSchema.class);

    private SchemaValidator() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09);
        for (CredentialSchema schema : CredentialSchema.values()) {
            try (InputStream in = SchemaValidator.class.getResourceAsStream(FOLDER + schema.file())) {
                if (in == null) {
                    throw new IllegalStateException("bundled schema missing from the library: " + schema.file());
                }
                Schema compiled = registry.getSchema(in, InputFormat.JSON);
                compiled.initializeValidators();
                schemas.put(schema, compiled);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The shared validator. */
    public static SchemaValidator instance() {
        return INSTANCE;
    }

    /**
     * The violations of {@code schema} by {@code json}, each as "instance location: message"; empty when valid.
     */
    public List<String> validate(JsonNode json, CredentialSchema schema) {
        List<Error> errors = schemas.get(schema).validate(json);
        return errors.stream().map(SchemaValidator::describe).toList();
    }

    private static String describe(Error error) {
        String location = error.getInstanceLocation() == null
                ? "$"
                : error.getInstanceLocation().toString();
        String message = error.getMessage();
        return message.startsWith(location) ? message : location + ": " + message;
    }
}
