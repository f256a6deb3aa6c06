package dev.laurel.credentials.verify;

import java.util.Set;

/** The context URLs and credential types the checks know by name. */
final class Contexts {

    static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";

    /** The Open Badges 3.0 context new credentials must use. */
    static final String OB3_CURRENT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    /** The earlier Open Badges 3.0 contexts: credentials using them verify, with a warning. */
    static final Set<String> OB3_OUTDATED = Set.of(
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/context.json");

    static final Set<String> ACHIEVEMENT_TYPES = Set.of("OpenBadgeCredential", "AchievementCredential");
    static final String ENDORSEMENT = "EndorsementCredential";
    static final String CLR = "ClrCredential";
    static final String STATUS_LIST = "BitstringStatusListCredential";

    private Contexts() {}
}
