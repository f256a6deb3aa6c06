package dev.laurel.server.organizations;

import dev.laurel.server.accounts.LaurelUser;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one access check for organization data: every controller that touches an organization's badges, credentials,
 * members or keys calls {@link #require} first. A non-member, or a member whose role is too low, gets 403 and
 * nothing changes.
 */
@Service
public class TenantAccess {

    private final Memberships memberships;

    TenantAccess(Memberships memberships) {
        this.memberships = memberships;
    }

    /**
     * The user's role in the organization, when it includes {@code required}.
     *
     * @throws AccessDeniedException when the user is not a member or their role is lower
     */
    public Role require(OrganizationId organizationId, LaurelUser user, Role required) {
        if (user == null) {
            throw new AccessDeniedException("not logged in");
        }
        return require(organizationId, user.accountId(), required);
    }

    /**
     * The role of the account {@code accountId} in the organization, when it includes {@code required}: for work done
     * later on a member's behalf.
     *
     * @throws AccessDeniedException when the account is not a member or its role is lower
     */
    public Role require(OrganizationId organizationId, UUID accountId, Role required) {
        Role role = memberships
                .role(organizationId, accountId)
                .orElseThrow(() -> new AccessDeniedException("not a member of organization " + organizationId));
        if (!role.includes(required)) {
            throw new AccessDeniedException("role " + role.key() + " does not include " + required.key());
        }
        return role;
    }

    /**
     * Passes when {@code actor} may act for the organization with {@code required}: a member whose role includes it,
     * or a key or rule of that very organization (the API has checked its scope). The operator never acts for an
     * organization through this check.
     *
     * @throws AccessDeniedException otherwise
     */
    public void require(OrganizationId organizationId, Actor actor, Role required) {
        switch (actor) {
            case Actor.Member member -> require(organizationId, member.user(), required);
            case Actor.Account account -> require(organizationId, account.accountId(), required);
            case Actor.ApiKey key -> {
                if (!key.organizationId().equals(organizationId.value())) {
                    throw new AccessDeniedException("this API key acts for another organization");
                }
            }
            case Actor.Rule rule -> {
                if (!rule.organizationId().equals(organizationId.value())) {
                    throw new AccessDeniedException("this rule acts for another organization");
                }
            }
            case Actor.Operator operator ->
                throw new AccessDeniedException("the operator does not act for an organization here");
        }
    }
}
