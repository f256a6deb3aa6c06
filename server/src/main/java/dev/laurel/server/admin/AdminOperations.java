package dev.laurel.server.admin;

import dev.laurel.server.accounts.Account;
import dev.laurel.server.accounts.Accounts;
import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.accounts.PasswordSetup;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.OrganizationProfile;
import dev.laurel.server.organizations.OrganizationService;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.platform.MasterKeyRotation;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the operator commands do, in one transaction each. */
@Service
class AdminOperations {

    private final PasswordSetup passwords;
    private final Accounts accounts;
    private final OrganizationService organizationService;
    private final Organizations organizations;
    private final ApiKeys keys;
    private final MasterKeyRotation rotation;

    AdminOperations(
            PasswordSetup passwords,
            Accounts accounts,
            OrganizationService organizationService,
            Organizations organizations,
            ApiKeys keys,
            MasterKeyRotation rotation) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.organizationService = organizationService;
        this.organizations = organizations;
        this.keys = keys;
        this.rotation = rotation;
    }

    /** Every secret a previous master key encrypted, encrypted again under the current one; counts per column. */
    java.util.Map<String, Integer> reencryptSecrets() {
        return rotation.reencrypt();
    }

    /** What bootstrap prints. */
    record Bootstrapped(UUID organizationId, String apiKey, String loginUrl) {}

    /** Bootstrap refused: the owner already owns an organization, and a further one was not asked for. */
    static final class AlreadyBootstrapped extends RuntimeException {
        AlreadyBootstrapped(String email, Organization owned) {
            super(email + " already owns " + owned.name() + " (" + owned.id().value() + "): bootstrap was run for them"
                    + " before, so nothing was made. For a new API key: laurel admin api-key create --org "
                    + owned.id().value() + " --name NAME; for a further organization: add --another-organization.");
        }
    }

    /**
     * A new organization owned by {@code email} (an account made for them if needed) and an admin API key for it.
     *
     * @param another whether to make it also when the account already owns an organization
     * @throws AlreadyBootstrapped when the account owns one and {@code another} is false
     */
    @Transactional
    Bootstrapped bootstrap(String organizationName, String email, boolean another) {
        if (!another) {
            accounts.findByEmail(email)
                    .flatMap(existing -> organizations.of(existing.id()).stream()
                            .filter(membership -> membership.role() == Role.OWNER)
                            .findFirst())
                    .ifPresent(owned -> {
                        throw new AlreadyBootstrapped(email, owned.organization());
                    });
        }
        Account account = passwords.accountFor(email, email.substring(0, email.indexOf('@')));
        LaurelUser owner = new LaurelUser(account.id(), account.email(), account.displayName(), true, null, false);
        Organization organization =
                organizationService.create(new OrganizationProfile(organizationName, null, email, null, null), owner);
        ApiKeys.Created key = keys.create(
                organization.id().value(), "bootstrap", Set.of(Scope.ADMIN), new Actor.Account(account.id()));
        return new Bootstrapped(organization.id().value(), key.secret(), passwords.link(account));
    }

    @Transactional
    ApiKeys.Created createKey(UUID organizationId, String name, Set<Scope> scopes) {
        if (organizations.find(new OrganizationId(organizationId)).isEmpty()) {
            throw new IllegalArgumentException("no organization " + organizationId);
        }
        return keys.create(organizationId, name, scopes, new Actor.Operator());
    }

    @Transactional
    void revokeKey(UUID organizationId, UUID keyId) {
        if (!keys.revoke(organizationId, keyId, new Actor.Operator())) {
            throw new IllegalArgumentException("organization " + organizationId + " has no API key " + keyId);
        }
    }
}
