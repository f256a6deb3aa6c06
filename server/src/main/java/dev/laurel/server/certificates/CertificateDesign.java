package dev.laurel.server.certificates;

import java.util.List;
import java.util.Objects;

/**
 * How a badge's certificates look: a built-in template on a paper size and orientation, and what the issuer added
 * to it. {@link DesignChecks} says whether a design can be saved.
 *
 * @param template the built-in template
 * @param paper A4 or US Letter
 * @param orientation landscape or portrait
 * @param background a picture covering the page in place of the template's own, or null
 * @param logo the organization's logo as uploaded for certificates, or null
 * @param organizationLogo whether the organization's own image is the logo when none was uploaded
 * @param signatures up to three signature blocks
 * @param texts up to three text blocks, under the achievement's description
 * @param qrCode whether the QR code of the credential's public page is shown
 * @param badgeImage whether the badge image is shown
 * @param attachToMail whether the issued mail carries the certificate (when it is at most 2 MB)
 */
public record CertificateDesign(
        CertificateTemplate template,
        Paper paper,
        Orientation orientation,
        Picture background,
        Picture logo,
        boolean organizationLogo,
        List<SignatureBlock> signatures,
        List<TextBlock> texts,
        boolean qrCode,
        boolean badgeImage,
        boolean attachToMail) {

    /** What a badge whose issuer chose nothing gets: the classic template, A4, landscape. */
    public static final CertificateDesign DEFAULT =
            new CertificateDesign(CertificateTemplate.CLASSIC, Paper.A4, Orientation.LANDSCAPE);

    public CertificateDesign {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
        signatures = List.copyOf(signatures);
        texts = List.copyOf(texts);
    }

    /** A built-in template as it comes: no pictures, signatures or texts added, QR code and badge image shown. */
    public CertificateDesign(CertificateTemplate template, Paper paper, Orientation orientation) {
        this(template, paper, orientation, null, null, false, List.of(), List.of(), true, true, false);
    }

    /** This design with another template. */
    public CertificateDesign with(CertificateTemplate other) {
        return new CertificateDesign(
                other,
                paper,
                orientation,
                background,
                logo,
                organizationLogo,
                signatures,
                texts,
                qrCode,
                badgeImage,
                attachToMail);
    }

    /** This design on another paper, in another orientation. */
    public CertificateDesign on(Paper otherPaper, Orientation otherOrientation) {
        return new CertificateDesign(
                template,
                otherPaper,
                otherOrientation,
                background,
                logo,
                organizationLogo,
                signatures,
                texts,
                qrCode,
                badgeImage,
                attachToMail);
    }
}
