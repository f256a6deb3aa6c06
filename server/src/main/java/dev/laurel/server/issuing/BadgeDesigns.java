package dev.laurel.server.issuing;

import dev.laurel.server.issuing.IssuingEvents.BadgeCreated;
import dev.laurel.server.issuing.IssuingEvents.BadgeDeleted;
import dev.laurel.server.issuing.IssuingEvents.BadgeUpdated;
import dev.laurel.server.issuing.artwork.Artwork;
import dev.laurel.server.issuing.artwork.Artworks;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.platform.UploadedImage;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Designing badges: creating, changing and deleting them, each change announced. Members with the issuer role and
 * the organization's API keys may do it (see {@link Actor}). Thread-safe.
 */
@Service
public class BadgeDesigns {

    /** Badge images must be square and at least this many pixels wide. */
    public static final int MIN_SIDE = 90;

    /** A badge that credentials were issued for: it stays, since they name it. */
    public static final class InUseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InUseException(String message) {
            super(message);
        }
    }

    private final Badges badges;
    private final IssuedCredentials credentials;
    private final TenantAccess access;
    private final ApplicationEventPublisher events;
    private final Artworks artworks;

    BadgeDesigns(
            Badges badges,
            IssuedCredentials credentials,
            TenantAccess access,
            ApplicationEventPublisher events,
            Artworks artworks) {
        this.badges = badges;
        this.artworks = artworks;
        this.credentials = credentials;
        this.access = access;
        this.events = events;
    }

    /** Checks a badge image as every way of designing badges does: PNG or SVG, square, at least 90 px, at most 2 MB. */
    public static UploadedImage.Result checkImage(byte[] bytes) {
        return UploadedImage.check(bytes, false, true, MIN_SIDE);
    }

    /**
     * Creates a badge.
     *
     * @throws AccessDeniedException when {@code actor} may not design badges for the organization
     */
    @Transactional
    public Badge create(OrganizationId organizationId, BadgeDesign design, UploadedImage.Checked image, Actor actor) {
        return create(organizationId, design, image, null, actor);
    }

    /** Creates a badge whose image was drawn from {@code artwork} (null for an upload), keeping the artwork. */
    @Transactional
    Badge create(
            OrganizationId organizationId,
            BadgeDesign design,
            UploadedImage.Checked image,
            Artwork artwork,
            Actor actor) {
        access.require(organizationId, actor, Role.ISSUER);
        Badge badge = design.toBadge(new BadgeId(UUID.randomUUID()), organizationId, image.mediaType());
        badges.add(badge, image.bytes());
        if (artwork != null) {
            artworks.keep(badge.id(), artwork);
        }
        events.publishEvent(new BadgeCreated(organizationId, badge.id(), badge.name(), actor.recorded()));
        return badges.find(badge.id()).orElseThrow();
    }

    /**
     * Replaces a badge's design, and its image unless {@code image} is null. Credentials already issued keep what they
     * say.
     *
     * @throws AccessDeniedException when {@code actor} may not, or the organization has no such badge
     */
    @Transactional
    public Badge update(
            OrganizationId organizationId,
            BadgeId badgeId,
            BadgeDesign design,
            UploadedImage.Checked image,
            Actor actor) {
        return update(organizationId, badgeId, design, image, null, actor);
    }

    /**
     * Replaces a badge's design, and its image unless {@code image} is null: drawn from {@code artwork}, which is kept,
     * or uploaded ({@code artwork} null), which forgets the artwork it was drawn from.
     */
    @Transactional
    Badge update(
            OrganizationId organizationId,
            BadgeId badgeId,
            BadgeDesign design,
            UploadedImage.Checked image,
            Artwork artwork,
            Actor actor) {
        access.require(organizationId, actor, Role.ISSUER);
        Badge current = badge(organizationId, badgeId);
        Badge changed =
                design.toBadge(badgeId, organizationId, image == null ? current.imageType() : image.mediaType());
        badges.update(changed, image == null ? null : image.bytes());
        if (artwork != null) {
            artworks.keep(badgeId, artwork);
        } else if (image != null) {
            artworks.forget(badgeId);
        }
        events.publishEvent(new BadgeUpdated(organizationId, badgeId, changed.name(), actor.recorded()));
        return badges.find(badgeId).orElseThrow();
    }

    /**
     * Deletes a badge no credential was issued for.
     *
     * @throws InUseException when credentials were issued for it
     * @throws AccessDeniedException when {@code actor} may not, or the organization has no such badge
     */
    @Transactional
    public void delete(OrganizationId organizationId, BadgeId badgeId, Actor actor) {
        access.require(organizationId, actor, Role.ISSUER);
        Badge badge = badge(organizationId, badgeId);
        if (credentials.countOf(badgeId) > 0) {
            throw new InUseException("credentials were issued for this badge");
        }
        try {
            badges.delete(badgeId);
        } catch (DataIntegrityViolationException e) {
            throw new InUseException("credentials were issued for this badge");
        }
        events.publishEvent(new BadgeDeleted(organizationId, badgeId, badge.name(), actor.recorded()));
    }

    private Badge badge(OrganizationId organizationId, BadgeId badgeId) {
        return badges.find(badgeId)
                .filter(badge -> badge.organizationId().equals(organizationId))
                .orElseThrow(() -> new AccessDeniedException("no such badge in this organization"));
    }
}
