package dev.laurel.credentials.verify;

import java.util.Set;

/** The context URLs and credential types the checks know by name. */
final class Contexts {

    static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";

    static final Set<String> ACHIEVEMENT_TYPES = Set.of("OpenBadgeCredential", "AchievementCredential");
    static final String ENDORSEMENT = "EndorsementCredential";
    static final String CLR = "ClrCredential";
    static final String STATUS_LIST = "BitstringStatusListCredential";

    private Contexts() {}
}
