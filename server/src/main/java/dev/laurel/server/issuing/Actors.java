package dev.laurel.server.issuing;

import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The one check of who may change an organization's badges and credentials. */
@Component
class Actors {

    private final TenantAccess access;

    Actors(TenantAccess access) {
        this.access = access;
    }

    /**
     * Passes when {@code actor} may issue for {@code organizationId}: a member with the issuer role or above, or a key
     * of that very organization.
     *
     * @throws AccessDeniedException otherwise
     */
    void requireIssuer(OrganizationId organizationId, Actor actor) {
        switch (actor) {
            case Actor.Member member -> access.require(organizationId, member.user(), Role.ISSUER);
            case Actor.Account account -> access.require(organizationId, account.accountId(), Role.ISSUER);
            case Actor.ApiKey key -> {
                if (!key.organizationId().equals(organizationId.value())) {
                    throw new AccessDeniedException("this API key acts for another organization");
                }
            }
        }
    }
}
