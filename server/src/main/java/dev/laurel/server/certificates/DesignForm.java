package dev.laurel.server.certificates;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The design page's form, read into a design: fields {@code template}, {@code paper}, {@code orientation}, the files
 * {@code background}, {@code logoFile}, {@code signatureImage0..2} (kept from {@code saved} when none is chosen,
 * dropped with {@code backgroundRemove}/{@code signatureImageRemove0..2}), {@code logoSource} (none, organization,
 * upload), {@code signatureName0..2}/{@code signatureTitle0..2}, {@code text0..2}/{@code typeface0..2}/{@code
 * size0..2} and the checkboxes {@code qrCode}, {@code badgeImage}, {@code attachToMail}. A file that is not a PNG or
 * JPEG is a problem naming its field; the rest is for {@link DesignChecks}.
 *
 * @param design the design the form asks for
 * @param problems the files that are not pictures
 */
record DesignForm(CertificateDesign design, List<DesignProblem> problems) {

    static final int BLOCKS = DesignChecks.MAX_BLOCKS;

    /** Reads {@code request}; null parts of {@code design} ({@code template} and so on) are refused by the caller. */
    static DesignForm read(HttpServletRequest request, CertificateDesign saved) {
        List<DesignProblem> problems = new ArrayList<>();
        Picture background = request.getParameter("backgroundRemove") != null
                ? null
                : picture(request, "background", "background", problems, saved.background());
        String logoSource = param(request, "logoSource");
        Picture logo =
                logoSource.equals("upload") ? picture(request, "logoFile", "logo", problems, saved.logo()) : null;
        List<SignatureBlock> signatures = new ArrayList<>();
        for (int i = 0; i < BLOCKS; i++) {
            Picture kept =
                    i < saved.signatures().size() ? saved.signatures().get(i).image() : null;
            Picture image = request.getParameter("signatureImageRemove" + i) != null
                    ? null
                    : picture(request, "signatureImage" + i, "signatures[" + i + "].image", problems, kept);
            String name = param(request, "signatureName" + i).strip();
            if (!name.isEmpty() || image != null) {
                signatures.add(new SignatureBlock(
                        name, param(request, "signatureTitle" + i).strip(), image));
            }
        }
        List<TextBlock> texts = new ArrayList<>();
        for (int i = 0; i < BLOCKS; i++) {
            String text = param(request, "text" + i).replace("\r\n", "\n").strip();
            if (!text.isEmpty()) {
                texts.add(new TextBlock(
                        text,
                        Typeface.of(param(request, "typeface" + i)).orElse(Typeface.SERIF),
                        size(param(request, "size" + i))));
            }
        }
        CertificateDesign design = new CertificateDesign(
                CertificateTemplate.of(param(request, "template")).orElse(saved.template()),
                Paper.of(param(request, "paper")).orElse(saved.paper()),
                Orientation.of(param(request, "orientation")).orElse(saved.orientation()),
                background,
                logo,
                logoSource.equals("organization"),
                signatures,
                texts,
                request.getParameter("qrCode") != null,
                request.getParameter("badgeImage") != null,
                request.getParameter("attachToMail") != null);
        return new DesignForm(design, problems);
    }

    private static Picture picture(
            HttpServletRequest request, String name, String field, List<DesignProblem> problems, Picture kept) {
        if (!(request instanceof MultipartHttpServletRequest multipart)) {
            return kept;
        }
        MultipartFile file = multipart.getFile(name);
        if (file == null || file.isEmpty()) {
            return kept;
        }
        if (file.getSize() > DesignChecks.MAX_BACKGROUND) {
            problems.add(new DesignProblem(
                    field,
                    DesignProblem.Reason.IMAGE_TOO_LARGE,
                    DesignChecks.kilobytes(
                            field.equals("background")
                                    ? DesignChecks.MAX_BACKGROUND
                                    : DesignChecks.MAX_SMALL_PICTURE)));
            return kept;
        }
        try {
            return Picture.of(file.getBytes()).orElseGet(() -> {
                problems.add(new DesignProblem(field, DesignProblem.Reason.NOT_AN_IMAGE));
                return kept;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double size(String given) {
        try {
            double size = given.isBlank() ? TextBlock.DEFAULT_SIZE : Double.parseDouble(given.strip());
            return Double.isFinite(size) ? size : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
