package dev.laurel.server.credentialendorsements;

import java.util.Locale;

/** What the earner made of an endorsement given on their credential. */
enum Decision {
    /** Not decided yet: shown to the earner only. */
    PENDING,
    /** On the credential: its public page, the download with endorsements, the API. */
    ACCEPTED,
    /** Kept from everyone but the earner. */
    HIDDEN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Decision of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
