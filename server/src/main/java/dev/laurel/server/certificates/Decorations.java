package dev.laurel.server.certificates;

import java.util.List;
import java.util.Map;

/**
 * What a design adds to its template on one certificate, ready for the template ({@code certificates/templates/
 * parts.html}): pictures as data URIs, texts with their placeholders filled and their size fitted.
 *
 * @param background the background picture, or null
 * @param logo the logo, or null
 * @param signatures the signature blocks
 * @param texts the text blocks
 * @param qrCode whether the QR code is shown
 * @param badgeImage whether the badge image is shown
 * @param signatureWidth the width of each signature block, in millimetres
 */
record Decorations(
        String background,
        String logo,
        List<Signed> signatures,
        List<Text> texts,
        boolean qrCode,
        boolean badgeImage,
        double signatureWidth) {

    /** A signature block: name, title, the signature picture (or null) and the name's direction. */
    record Signed(String name, String title, String image, String direction) {}

    /** A text block as set: its text, CSS font family, size in points, box in millimetres and direction. */
    record Text(String text, String family, double size, double width, double height, String direction) {}

    /**
     * The decorations of {@code design} on the certificate saying {@code facts}, with the bulk file's {@code custom}
     * columns, and the organization's own logo ({@code organizationLogo}, a data URI or null).
     */
    static Decorations of(
            CertificateDesign design, CertificateFacts facts, Map<String, String> custom, String organizationLogo) {
        TemplatePages.PageBox page = TemplatePages.PageBox.of(design.paper(), design.orientation());
        Map<String, String> values = Placeholders.values(facts);
        List<Text> texts = design.texts().stream()
                .map(block -> {
                    String text = Placeholders.fill(block.text(), values, custom);
                    double size = TextFit.size(text, block.typeface(), block.size(), page.textWidth())
                            .orElse(TextFit.MIN_SIZE);
                    return new Text(
                            text,
                            block.typeface().css(),
                            size,
                            page.textWidth(),
                            TextFit.boxHeight(block.size()),
                            CertificateFacts.direction(text));
                })
                .toList();
        String logo =
                design.logo() != null ? design.logo().dataUri() : design.organizationLogo() ? organizationLogo : null;
        return new Decorations(
                design.background() == null ? null : design.background().dataUri(),
                logo,
                design.signatures().stream()
                        .map(s -> new Signed(
                                s.name(),
                                s.title(),
                                s.image() == null ? null : s.image().dataUri(),
                                CertificateFacts.direction(s.name())))
                        .toList(),
                texts,
                design.qrCode(),
                design.badgeImage(),
                design.signatures().isEmpty()
                        ? 0
                        : Math.min(
                                62,
                                (page.landscape() ? 149 : page.width() - 44)
                                                / design.signatures().size()
                                        - 7));
    }
}
