package dev.laurel.credentials.bake;

import java.util.Objects;

/**
 * Bakes a credential into a PNG or SVG image, and unbakes it, following the Open Badges 3.0 "Baked Badge" rules and
 * the Open Badges 2.0 baking specification.
 *
 * <p>Baking splices: every byte of the image other than the inserted credential stays as it was (pixels are never
 * re-encoded; APNG animation chunks, comments and formatting survive). In a PNG the credential is an uncompressed
 * {@code iTXt} chunk placed right after {@code IHDR}; in an SVG it is an {@code <openbadges:credential>} (3.0) or
 * {@code <openbadges:assertion>} (2.0) element placed first in the root element, whose start tag gains the
 * {@code xmlns:openbadges} declaration. An image ends up carrying exactly one credential: any credential already
 * baked in, of either standard, is removed, so baking a 3.0 credential into an image baked with a 2.0 assertion
 * replaces the assertion.
 *
 * <p>Neither method throws for any image content: an image that cannot be read is a {@link BakeResult.Refused} or an
 * {@link UnbakeResult.Unreadable}. SVG is parsed without DTD processing: no external entity or DTD is ever fetched,
 * and a DOCTYPE with an internal subset (where entities are declared) is refused. The class is stateless and
 * thread-safe.
 */
public final class Baker {

    static final String NOT_AN_IMAGE = "not a PNG or SVG image";

    private Baker() {}

    /**
     * Bakes a payload into an image, replacing any credential already baked in.
     *
     * @param image PNG or SVG bytes, told apart by content; an SVG must be encoded in UTF-8
     * @param payload what to bake
     * @return the baked image, or why it was refused
     */
    public static BakeResult bake(byte[] image, BadgePayload payload) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(payload, "payload");
        return switch (ImageKind.detect(image)) {
            case PNG -> PngBaker.bake(image, payload);
            case SVG -> SvgBaker.bake(image, payload);
            case OTHER -> new BakeResult.Refused(NOT_AN_IMAGE);
        };
    }

    /**
     * Bakes a payload into an image of the kind asked for, whatever the kind of the image given: a PNG into PNG and an
     * SVG into SVG directly; across kinds the image is converted first (an SVG is rendered to a PNG whose longest side
     * is 512 pixels, with external resources refused; a PNG is wrapped, unchanged, in an SVG showing it at its size).
     * An SVG that cannot be baked as it is (for example one with a DOCTYPE) is carried as its rendering.
     *
     * @param image PNG or SVG bytes
     * @param payload what to bake
     * @param target {@link ImageKind#PNG} or {@link ImageKind#SVG}
     * @return the baked image of kind {@code target}, or why it was refused
     * @throws IllegalArgumentException if {@code target} is {@link ImageKind#OTHER}
     */
    public static BakeResult bakeAs(byte[] image, BadgePayload payload, ImageKind target) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(payload, "payload");
        if (target == null || target == ImageKind.OTHER) {
            throw new IllegalArgumentException("a credential is baked into a PNG or an SVG, not " + target);
        }
        ImageKind source = ImageKind.detect(image);
        if (source == ImageKind.OTHER) {
            return new BakeResult.Refused(NOT_AN_IMAGE);
        }
        if (source == target) {
            BakeResult direct = bake(image, payload);
            if (direct instanceof BakeResult.Refused && source == ImageKind.SVG) {
                byte[] rendered = ImageConversion.png(image);
                byte[] wrapped = rendered == null ? null : ImageConversion.svg(rendered);
                return wrapped == null ? direct : bake(wrapped, payload);
            }
            return direct;
        }
        byte[] converted = source == ImageKind.SVG ? ImageConversion.png(image) : ImageConversion.svg(image);
        if (converted == null) {
            return new BakeResult.Refused(
                    source == ImageKind.SVG
                            ? "the SVG image cannot be rendered as a PNG"
                            : "the PNG image has no readable header");
        }
        return bake(converted, payload);
    }

    /**
     * The image as a PNG, for a document that shows it (a certificate): a PNG as it is, an SVG rendered with its
     * longest side 512 pixels; null when it is neither or cannot be rendered.
     */
    public static byte[] asPng(byte[] image) {
        return switch (ImageKind.detect(image)) {
            case PNG -> image;
            case SVG -> ImageConversion.png(image);
            case OTHER -> null;
        };
    }

    /**
     * Finds the credential baked into an image. The whole image is checked (PNG chunk structure and CRCs, SVG
     * well-formedness), so a damaged image is unreadable even when its credential could still be read.
     *
     * @param image any bytes
     * @return the first credential found, {@link UnbakeResult.NotBaked}, or {@link UnbakeResult.Unreadable}
     */
    public static UnbakeResult unbake(byte[] image) {
        Objects.requireNonNull(image, "image");
        return switch (ImageKind.detect(image)) {
            case PNG -> PngBaker.unbake(image);
            case SVG -> SvgBaker.unbake(image);
            case OTHER -> new UnbakeResult.Unreadable(NOT_AN_IMAGE);
        };
    }
}
