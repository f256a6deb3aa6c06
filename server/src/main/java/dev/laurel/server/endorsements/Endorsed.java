package dev.laurel.server.endorsements;

import java.util.Objects;

/** What is endorsed: its id becomes the EndorsementCredential's {@code credentialSubject.id} (OB 3.0 EndorsementSubject). */
public sealed interface Endorsed {

    /** The id {@code credentialSubject.id} is. */
    String id();

    /** An achievement (a badge), by its id URL. */
    record Achievement(String achievementId) implements Endorsed {

        public Achievement {
            Objects.requireNonNull(achievementId, "achievementId");
        }

        @Override
        public String id() {
            return achievementId;
        }
    }

    /** An issuer's profile, by its id (a did:web, a URL). */
    record Profile(String profileId) implements Endorsed {

        public Profile {
            Objects.requireNonNull(profileId, "profileId");
        }

        @Override
        public String id() {
            return profileId;
        }
    }

    /** A credential, by its id. */
    record Credential(String credentialId) implements Endorsed {

        public Credential {
            Objects.requireNonNull(credentialId, "credentialId");
        }

        @Override
        public String id() {
            return credentialId;
        }
    }
}
