package dev.laurel.server.issuing;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.IssuingEvents.BadgeCreated;
import dev.laurel.server.issuing.IssuingEvents.BadgeUpdated;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.platform.UploadedImage;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Designing badges: creating and changing them, each change announced. Issuers and above may do it. */
@Service
class BadgeService {

    private final Badges badges;
    private final TenantAccess access;
    private final ApplicationEventPublisher events;

    BadgeService(Badges badges, TenantAccess access, ApplicationEventPublisher events) {
        this.badges = badges;
        this.access = access;
        this.events = events;
    }

    @Transactional
    Badge create(UUID organizationId, BadgeForm form, UploadedImage.Checked image, LaurelUser user) {
        access.require(organizationId, user, Role.ISSUER);
        Badge badge = form.toBadge(UUID.randomUUID(), organizationId, image.mediaType());
        badges.add(badge, image.bytes());
        events.publishEvent(new BadgeCreated(organizationId, badge.id(), badge.name(), user.accountId()));
        return badges.find(badge.id()).orElseThrow();
    }

    @Transactional
    void update(UUID organizationId, UUID badgeId, BadgeForm form, UploadedImage.Checked image, LaurelUser user) {
        access.require(organizationId, user, Role.ISSUER);
        Badge current = badges.find(badgeId)
                .filter(badge -> badge.organizationId().equals(organizationId))
                .orElseThrow(() -> new AccessDeniedException("no such badge in this organization"));
        Badge changed = form.toBadge(badgeId, organizationId, image == null ? current.imageType() : image.mediaType());
        badges.update(changed, image == null ? null : image.bytes());
        events.publishEvent(new BadgeUpdated(organizationId, badgeId, changed.name(), user.accountId()));
    }
}
