package dev.laurel.server.organizations;

import dev.laurel.server.accounts.LaurelUser;
import java.util.Objects;
import java.util.UUID;

/**
 * Who acts for an organization — designs badges, issues credentials or changes their state, makes or revokes API
 * keys, starts bulk jobs: a member of the organization, whose role {@code TenantAccess} checks, or an API key, which
 * acts for its own organization only (the API has checked its scope), or the platform's operator through {@code laurel
 * admin}. The one way every module says who acted; events name the member's account, or the key ({@link #recorded()}).
 */
public sealed interface Actor {

    /** This actor as events record it: a member by their account only, a key as it is. */
    default Actor recorded() {
        return this instanceof Member member ? new Account(member.accountId()) : this;
    }

    /**
     * The actor as stored in a row's two columns, the acting account and the acting key: an account, else a key of
     * {@code organizationId}, else the operator.
     */
    static Actor recorded(UUID accountId, UUID apiKeyId, UUID organizationId) {
        if (accountId != null) {
            return new Account(accountId);
        }
        return apiKeyId != null ? new ApiKey(apiKeyId, organizationId) : new Operator();
    }

    /** The acting account, or null when a key or the operator acts. */
    UUID accountId();

    /** The acting API key, or null when a member or the operator acts. */
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

    /**
     * The organization's own rule, acting for it with no member or key behind it: a renewal its lifecycle policy
     * grants once the earner's credits are there. Recorded as the operator is (no account, no key).
     */
    record Rule(UUID organizationId) implements Actor {
        public Rule {
            Objects.requireNonNull(organizationId, "organizationId");
        }

        @Override
        public UUID accountId() {
            return null;
        }

        @Override
        public UUID apiKeyId() {
            return null;
        }
    }

    /** The platform's operator, through {@code laurel admin} on the server's own database: no account, no key. */
    record Operator() implements Actor {
        @Override
        public UUID accountId() {
            return null;
        }

        @Override
        public UUID apiKeyId() {
            return null;
        }
    }
}
