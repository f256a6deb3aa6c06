package dev.laurel.server.certificates;

import java.util.Objects;

/**
 * How a badge's certificates look: a built-in template on a paper size and orientation.
 *
 * @param template the built-in template
 * @param paper A4 or US Letter
 * @param orientation landscape or portrait
 */
public record CertificateDesign(CertificateTemplate template, Paper paper, Orientation orientation) {

    /** What a badge whose issuer chose nothing gets: the classic template, A4, landscape. */
    public static final CertificateDesign DEFAULT =
            new CertificateDesign(CertificateTemplate.CLASSIC, Paper.A4, Orientation.LANDSCAPE);

    public CertificateDesign {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
    }

    /** This design with another template. */
    public CertificateDesign with(CertificateTemplate other) {
        return new CertificateDesign(other, paper, orientation);
    }
}
