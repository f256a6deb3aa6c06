package dev.laurel.server.sharing;

import dev.laurel.credentials.bake.BadgePayload;
import dev.laurel.credentials.bake.BakeResult;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.bake.ImageKind;
import dev.laurel.server.issuing.Badges;
import org.springframework.stereotype.Component;

/**
 * The badge image with the signed credential baked in (the JSON with its proof, or the compact VC-JWT), as PNG or SVG
 * whatever the badge image is ({@link Baker#bakeAs}).
 */
@Component
class BakedBadges {

    private final Badges badges;

    BakedBadges(Badges badges) {
        this.badges = badges;
    }

    /** The baked image of kind {@code target} (PNG or SVG). */
    byte[] bake(SharedCredential shared, ImageKind target) {
        byte[] image = badges.image(shared.credential().badgeId())
                .orElseThrow(() ->
                        new IllegalStateException("badge " + shared.credential().badgeId() + " has no image"))
                .bytes();
        return switch (Baker.bakeAs(image, BadgePayload.openBadgeCredential(shared.document()), target)) {
            case BakeResult.Baked baked -> baked.image();
            case BakeResult.Refused refused ->
                throw new IllegalStateException("cannot bake credential "
                        + shared.credential().id() + " into its " + target + " image: " + refused.message());
        };
    }
}
