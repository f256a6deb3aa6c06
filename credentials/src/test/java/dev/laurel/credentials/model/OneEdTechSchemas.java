package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The bundled 1EdTech JSON Schemas (draft 2019-09), loaded from the classpath, never from the network. */
final class OneEdTechSchemas {

    static final String ACHIEVEMENT_CREDENTIAL = "ob_v3p0_achievementcredential_schema.json";
    static final String ENDORSEMENT_CREDENTIAL = "ob_v3p0_endorsementcredential_schema.json";
    static final String PROFILE = "ob_v3p0_profile_schema.json";
    static final String CLR_CREDENTIAL = "clr_v2p0_clrcredential_schema.json";

    private static final String BUNDLED = "classpath:dev/laurel/credentials/schema/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2019_09, registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build())
                    .schemaLoader(loader -> loader.fetchRemoteResources(false).schemaIdResolvers(ids -> ids.mapPrefix(
                                    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/", BUNDLED)
                            .mapPrefix("https://purl.imsglobal.org/spec/clr/v2p0/schema/json/", BUNDLED))));

    private OneEdTechSchemas() {}

    /** The schema violations of {@code document}, empty if it is valid. */
    static List<String> violations(String schemaFile, JsonNode document) {
        return REGISTRY.getSchema(SchemaLocation.of(BUNDLED + schemaFile)).validate(document).stream()
                .map(Error::toString)
                .toList();
    }
}
