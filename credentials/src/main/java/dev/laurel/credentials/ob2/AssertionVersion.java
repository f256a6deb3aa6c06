package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Optional;

/** The Open Badges version an assertion was written in, and how it is read as 2.0, the version verified. */
enum AssertionVersion {
    /** Open Badges 0.5: no context, a recipient string and an embedded BadgeClass and issuer. */
    V0_5,
    /** Open Badges 1.0 (no context) or 1.1 (the v1 context). */
    V1,
    /** Open Badges 2.0. */
    V2;

    static AssertionVersion of(ObjectNode assertion) {
        if (OpenBadges05.is(assertion)) {
            return V0_5;
        }
        return OpenBadges1.is(assertion) ? V1 : V2;
    }

    /** The assertion as Open Badges 2.0; {@code hostedAt}, the URL it was fetched from, is a 0.5 one's id. */
    ObjectNode upgrade(ObjectNode assertion, Optional<URI> hostedAt) {
        return switch (this) {
            case V0_5 -> OpenBadges05.assertion(assertion, hostedAt.map(URI::toString));
            case V1 -> OpenBadges1.assertion(assertion);
            case V2 -> assertion;
        };
    }
}
