package dev.laurel.credentials.schema;

import java.util.Arrays;
import java.util.Optional;

/** The 1EdTech JSON Schemas Laurel bundles, by the class they describe. */
public enum CredentialSchema {
    OB_ACHIEVEMENT_CREDENTIAL("ob_v3p0_achievementcredential_schema.json", "https://purl.imsglobal.org/spec/ob/v3p0/"),
    OB_ENDORSEMENT_CREDENTIAL("ob_v3p0_endorsementcredential_schema.json", "https://purl.imsglobal.org/spec/ob/v3p0/"),
    OB_PROFILE("ob_v3p0_profile_schema.json", "https://purl.imsglobal.org/spec/ob/v3p0/"),
    CLR_CREDENTIAL("clr_v2p0_clrcredential_schema.json", "https://purl.imsglobal.org/spec/clr/v2p0/"),
    CLR_ACHIEVEMENT_CREDENTIAL(
            "clr_v2p0_achievementcredential_schema.json", "https://purl.imsglobal.org/spec/clr/v2p0/"),
    CLR_ENDORSEMENT_CREDENTIAL(
            "clr_v2p0_endorsementcredential_schema.json", "https://purl.imsglobal.org/spec/clr/v2p0/"),
    CLR_PROFILE("clr_v2p0_profile_schema.json", "https://purl.imsglobal.org/spec/clr/v2p0/");

    private final String file;
    private final String base;

    CredentialSchema(String file, String base) {
        this.file = file;
        this.base = base;
    }

    /** The schema's resource file name in the library. */
    String file() {
        return file;
    }

    /** The URL 1EdTech publishes the schema at, as credentials name it in {@code credentialSchema}. */
    public String url() {
        return base + "schema/json/" + file;
    }

    /** The bundled schema published at {@code url}, if Laurel bundles it. */
    public static Optional<CredentialSchema> byUrl(String url) {
        return Arrays.stream(values())
                .filter(schema -> schema.url().equals(url))
                .findFirst();
    }
}
