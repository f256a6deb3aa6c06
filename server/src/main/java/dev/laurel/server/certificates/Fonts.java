package dev.laurel.server.certificates;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The bundled open fonts (Noto, SIL Open Font License; see {@code resources/certificates/fonts/README.md}): Latin,
 * Greek and Cyrillic in a serif and a sans, then Arabic, Hebrew, Devanagari and Chinese/Japanese as fallbacks, in the
 * order {@link #FAMILIES} names them for CSS. Read once; each PDF embeds only the glyphs it uses. Thread-safe.
 */
final class Fonts {

    /** The CSS font-family list every template ends with, so that any script finds its font. */
    static final String FALLBACKS = "'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Devanagari', 'Noto Sans SC'";

    private record Face(String file, String family, int weight) {}

    private static final List<Face> FACES = List.of(
            new Face("NotoSerif-Regular.ttf", "Noto Serif", 400),
            new Face("NotoSerif-Bold.ttf", "Noto Serif", 700),
            new Face("NotoSans-Regular.ttf", "Noto Sans", 400),
            new Face("NotoSans-Bold.ttf", "Noto Sans", 700),
            new Face("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400),
            new Face("NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew", 400),
            new Face("NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari", 400),
            new Face("NotoSansSC-Regular-subset.ttf", "Noto Sans SC", 400));

    private static final List<byte[]> BYTES = FACES.stream().map(Fonts::read).toList();

    /** The regular faces as AWT fonts, for measuring text ({@link TextFit}), in fallback order. */
    private static final List<java.awt.Font> MEASURED = measured();

    private Fonts() {}

    /** Offers every bundled font to {@code builder}, loaded only when a document uses it. */
    static void offer(PdfRendererBuilder builder) {
        for (int i = 0; i < FACES.size(); i++) {
            Face face = FACES.get(i);
            byte[] bytes = BYTES.get(i);
            builder.useFont(
                    () -> new ByteArrayInputStream(bytes), face.family(), face.weight(), FontStyle.NORMAL, true);
        }
    }

    /**
     * The font {@code codePoint} is drawn in when set in {@code typeface}: the typeface itself if it has the glyph,
     * else the first bundled face that has it, as the templates' CSS fallback list does.
     */
    static java.awt.Font covering(Typeface typeface, int codePoint) {
        java.awt.Font own = MEASURED.get(regular(typeface.family()));
        if (own.canDisplay(codePoint)) {
            return own;
        }
        return MEASURED.stream()
                .filter(font -> font.canDisplay(codePoint))
                .findFirst()
                .orElse(own);
    }

    private static int regular(String family) {
        List<Face> regular = FACES.stream().filter(face -> face.weight() == 400).toList();
        for (int i = 0; i < regular.size(); i++) {
            if (regular.get(i).family().equals(family)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no bundled font " + family);
    }

    private static List<java.awt.Font> measured() {
        List<java.awt.Font> fonts = new java.util.ArrayList<>();
        for (int i = 0; i < FACES.size(); i++) {
            if (FACES.get(i).weight() != 400) {
                continue;
            }
            try {
                fonts.add(
                        java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(BYTES.get(i))));
            } catch (java.awt.FontFormatException | IOException e) {
                throw new IllegalStateException(
                        "the bundled font " + FACES.get(i).file() + " is unreadable", e);
            }
        }
        return List.copyOf(fonts);
    }

    private static byte[] read(Face face) {
        try (InputStream in = Fonts.class.getResourceAsStream("/certificates/fonts/" + face.file())) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + face.file() + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
