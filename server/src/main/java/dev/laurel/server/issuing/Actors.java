package dev.laurel.server.issuing;

import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may change an organization's badges and credentials: the issuer role, through the one check of who acts. */
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
        access.require(organizationId, actor, Role.ISSUER);
    }
}
