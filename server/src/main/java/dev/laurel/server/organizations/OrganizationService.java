package dev.laurel.server.organizations;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.organizations.OrganizationEvents.MemberChanged;
import dev.laurel.server.organizations.OrganizationEvents.OrganizationCreated;
import dev.laurel.server.organizations.OrganizationEvents.ProfileUpdated;
import dev.laurel.server.platform.UploadedImage;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating organizations and changing their profile and members, each change announced as an event. */
@Service
public class OrganizationService {

    private final Organizations organizations;
    private final Memberships memberships;
    private final TenantAccess access;
    private final ApplicationEventPublisher events;

    OrganizationService(
            Organizations organizations,
            Memberships memberships,
            TenantAccess access,
            ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.memberships = memberships;
        this.access = access;
        this.events = events;
    }

    /** A new organization, owned by its creator. */
    @Transactional
    public Organization create(OrganizationProfile profile, LaurelUser creator) {
        Organization organization = organizations.add(profile);
        memberships.put(organization.id(), creator.accountId(), Role.OWNER);
        events.publishEvent(new OrganizationCreated(organization.id(), organization.name(), creator.accountId()));
        return organization;
    }

    @Transactional
    public void updateProfile(OrganizationId organizationId, OrganizationProfile profile, LaurelUser user) {
        access.require(organizationId, user, Role.ADMIN);
        organizations.update(organizationId, profile);
        events.publishEvent(new ProfileUpdated(organizationId, user.accountId()));
    }

    @Transactional
    public void updateImage(OrganizationId organizationId, UploadedImage.Checked image, LaurelUser user) {
        access.require(organizationId, user, Role.ADMIN);
        organizations.updateImage(organizationId, image.bytes(), image.mediaType());
        events.publishEvent(new ProfileUpdated(organizationId, user.accountId()));
    }

    /** Changes a member's role, or removes them ({@code role} null); an organization always keeps an owner. */
    @Transactional
    void changeMember(OrganizationId organizationId, UUID accountId, Role role, LaurelUser user) {
        Role mine = access.require(organizationId, user, Role.ADMIN);
        Role theirs = memberships
                .role(organizationId, accountId)
                .orElseThrow(() -> new AccessDeniedException("not a member"));
        boolean touchesOwners = theirs == Role.OWNER || role == Role.OWNER;
        if (touchesOwners && mine != Role.OWNER) {
            throw new AccessDeniedException("only owners change owners");
        }
        if (theirs == Role.OWNER && role != Role.OWNER && memberships.owners(organizationId) <= 1) {
            throw new LastOwnerException();
        }
        if (role == null) {
            memberships.remove(organizationId, accountId);
        } else {
            memberships.put(organizationId, accountId, role);
        }
        events.publishEvent(new MemberChanged(organizationId, accountId, role, user.accountId()));
    }

    /** An organization must keep at least one owner. */
    static final class LastOwnerException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
