package dev.laurel.server.sharing;

import dev.laurel.credentials.bake.BadgePayload;
import dev.laurel.credentials.bake.BakeResult;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.bake.ImageKind;
import dev.laurel.server.issuing.Badges;
import org.springframework.stereotype.Component;

/**
 * The badge image with the signed credential baked in (the JSON with its proof, or the compact VC-JWT), as PNG or SVG
 * whatever the badge image is: a PNG bakes into PNG and an SVG into SVG directly; across kinds the image is converted
 * first ({@link SvgRaster}).
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
        ImageKind source = ImageKind.detect(image);
        BadgePayload payload = BadgePayload.openBadgeCredential(shared.document());
        byte[] carrier = source == target ? image : convert(image, source, target);
        BakeResult result = Baker.bake(carrier, payload);
        if (result instanceof BakeResult.Refused && source == ImageKind.SVG && target == ImageKind.SVG) {
            // An SVG Baker will not touch (e.g. one with a DOCTYPE): carry its rendering instead.
            result = Baker.bake(convert(convert(image, ImageKind.SVG, ImageKind.PNG), ImageKind.PNG, target), payload);
        }
        return switch (result) {
            case BakeResult.Baked baked -> baked.image();
            case BakeResult.Refused refused ->
                throw new IllegalStateException("cannot bake credential "
                        + shared.credential().id() + " into its " + target + " image: " + refused.message());
        };
    }

    private static byte[] convert(byte[] image, ImageKind source, ImageKind target) {
        if (source == ImageKind.SVG && target == ImageKind.PNG) {
            byte[] png = SvgRaster.png(image);
            if (png == null) {
                throw new IllegalStateException("the badge's SVG image cannot be rendered");
            }
            return png;
        }
        if (source == ImageKind.PNG && target == ImageKind.SVG) {
            return SvgRaster.svg(image);
        }
        throw new IllegalStateException("cannot convert a " + source + " badge image to " + target);
    }
}
