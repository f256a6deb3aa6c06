package dev.laurel.server.certificates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Whether a certificate design can be saved: each picture a PNG or JPEG within its limit, at most three signatures
 * (each named) and three text blocks, each text with known placeholders only and fitting its box with sample values
 * (shrunk down to {@value TextFit#MIN_SIZE} pt). Every problem is reported, each naming its field. Thread-safe.
 */
public final class DesignChecks {

    /** The largest background picture taken. */
    public static final int MAX_BACKGROUND = 1024 * 1024;

    /** The largest logo or signature picture taken. */
    public static final int MAX_SMALL_PICTURE = 256 * 1024;

    static final int MAX_BLOCKS = 3;
    static final int MAX_TEXT = 500;
    static final int MAX_NAME = 120;
    static final double MIN_BLOCK_SIZE = TextFit.MIN_SIZE;
    static final double MAX_BLOCK_SIZE = 36;

    /** The values placeholders take when a design is checked or previewed without a credential. */
    static final Map<String, String> SAMPLE = Map.of(
            "recipient.name", "Alex Morgan",
            "achievement.name", "Advanced Welding Safety",
            "achievement.description", "Recognizes the safe operation of welding equipment.",
            "issued", "7 December 2026",
            "expires", "7 December 2028",
            "credits", "1.5",
            "credential.id", "https://laurel.example/c/00000000-0000-0000-0000-000000000000",
            "issuer.name", "Northwind Training Institute");

    private DesignChecks() {}

    /** What keeps {@code design} from being saved; empty when nothing does. */
    public static List<DesignProblem> problems(CertificateDesign design) {
        List<DesignProblem> problems = new ArrayList<>();
        picture(problems, "background", design.background(), MAX_BACKGROUND);
        picture(problems, "logo", design.logo(), MAX_SMALL_PICTURE);
        if (design.signatures().size() > MAX_BLOCKS) {
            problems.add(new DesignProblem("signatures", DesignProblem.Reason.TOO_MANY, String.valueOf(MAX_BLOCKS)));
        }
        for (int i = 0; i < design.signatures().size(); i++) {
            SignatureBlock signature = design.signatures().get(i);
            String field = "signatures[" + i + "]";
            if (signature.name().isBlank()) {
                problems.add(new DesignProblem(field + ".name", DesignProblem.Reason.NAME_MISSING));
            }
            length(problems, field + ".name", signature.name(), MAX_NAME);
            length(problems, field + ".title", signature.title(), MAX_NAME);
            picture(problems, field + ".image", signature.image(), MAX_SMALL_PICTURE);
        }
        if (design.texts().size() > MAX_BLOCKS) {
            problems.add(new DesignProblem("texts", DesignProblem.Reason.TOO_MANY, String.valueOf(MAX_BLOCKS)));
        }
        for (int i = 0; i < design.texts().size(); i++) {
            text(problems, "texts[" + i + "]", design.texts().get(i), design);
        }
        return problems;
    }

    /** A picture too large for its place; {@link Picture#of} already refused what is not a PNG or JPEG. */
    static void picture(List<DesignProblem> problems, String field, Picture picture, int limit) {
        if (picture != null && picture.size() > limit) {
            problems.add(new DesignProblem(field, DesignProblem.Reason.IMAGE_TOO_LARGE, kilobytes(limit)));
        }
    }

    static String kilobytes(int bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private static void text(List<DesignProblem> problems, String field, TextBlock block, CertificateDesign design) {
        if (block.size() < MIN_BLOCK_SIZE || block.size() > MAX_BLOCK_SIZE) {
            problems.add(new DesignProblem(
                    field + ".size",
                    DesignProblem.Reason.SIZE_OUT_OF_RANGE,
                    String.valueOf((int) MIN_BLOCK_SIZE),
                    String.valueOf((int) MAX_BLOCK_SIZE)));
            return;
        }
        if (length(problems, field + ".text", block.text(), MAX_TEXT)) {
            return;
        }
        List<String> unknown = Placeholders.unknown(block.text());
        for (String placeholder : unknown) {
            problems.add(new DesignProblem(field + ".text", DesignProblem.Reason.UNKNOWN_PLACEHOLDER, placeholder));
        }
        if (!unknown.isEmpty()) {
            return;
        }
        String sample = Placeholders.fill(block.text(), SAMPLE, Map.of());
        double width =
                TemplatePages.PageBox.of(design.paper(), design.orientation()).textWidth();
        OptionalDouble fits = TextFit.size(sample, block.typeface(), block.size(), width);
        if (fits.isEmpty()) {
            problems.add(new DesignProblem(
                    field + ".text", DesignProblem.Reason.TEXT_OVERFLOWS, String.valueOf((int) TextFit.MIN_SIZE)));
        }
    }

    private static boolean length(List<DesignProblem> problems, String field, String text, int limit) {
        if (text.length() > limit) {
            problems.add(new DesignProblem(field, DesignProblem.Reason.TEXT_TOO_LONG, String.valueOf(limit)));
            return true;
        }
        return false;
    }
}
