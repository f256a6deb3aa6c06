package dev.laurel.server.issuing;

import dev.laurel.server.accounts.LaurelUser;
import java.util.Objects;
import java.util.UUID;

/**
 * Who designs badges, issues credentials or changes their state: a member of the organization, whose role {@code
 * TenantAccess} checks (issuer or above), or an API key, which acts for its own organization only (the API has checked
 * its scope). Events name the member's account, or the key ({@link #recorded()}).
 */
public sealed interface Actor {

    /** This actor as events record it: a member by their account only, a key as it is. */
    default Actor recorded() {
        return this instanceof Member member ? new Account(member.accountId()) : this;
    }

    /** The acting account, or null when a key acts. */
    UUID accountId();

    /** The acting API key, or null when a member acts. */
    UUID apiKeyId();

    /** A logged-in member of the organization; a null user is refused by the check, as {@code TenantAccess} does. */
    record Member(LaurelUser user) implements Actor {
        @Override
        public UUID accountId() {
            return user == null ? null : user.accountId();
        }

        @Override
        public UUID apiKeyId() {
            return null;
        }
    }

    /**
     * A member known by their account, acting later on what they asked for (a bulk job they started): their role is
     * checked again when the work is done.
     */
    record Account(UUID accountId) implements Actor {
        public Account {
            Objects.requireNonNull(accountId, "accountId");
        }

        @Override
        public UUID apiKeyId() {
            return null;
        }
    }

    /** An API key of {@code organizationId}, authenticated by the API. */
    record ApiKey(UUID keyId, UUID organizationId) implements Actor {
        public ApiKey {
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(organizationId, "organizationId");
        }

        @Override
        public UUID accountId() {
            return null;
        }

        @Override
        public UUID apiKeyId() {
            return keyId;
        }
    }
}
