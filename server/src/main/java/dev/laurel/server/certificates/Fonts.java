package dev.laurel.server.certificates;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled open fonts (Noto, SIL Open Font License; see {@code resources/certificates/fonts/README.md}): Latin,
 * Greek and Cyrillic in a serif and a sans, then Arabic, Hebrew, Devanagari and Chinese/Japanese as fallbacks, in the
 * order {@link #FALLBACKS} names them for CSS. Read once and parsed once per document made at a time (a parsed font
 * is not safe to share between threads, so each document borrows a set and gives it back); each PDF embeds only the
 * glyphs it uses. Thread-safe.
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

    /** Sets of every face parsed, not in use; as many as documents were ever made at once. */
    private static final Queue<List<TrueTypeFont>> PARSED = new ConcurrentLinkedQueue<>();

    /** A set of parsed fonts borrowed for one document: closing gives it back, once the document is saved. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    private Fonts() {}

    /**
     * Offers every bundled font to {@code builder} for {@code document}, loaded into it only when it uses the font,
     * subset when it is saved; close the lease after saving.
     */
    static Lease offer(PdfRendererBuilder builder, PDDocument document) {
        List<TrueTypeFont> fonts = PARSED.poll();
        List<TrueTypeFont> set = fonts != null ? fonts : parse();
        for (int i = 0; i < FACES.size(); i++) {
            Face face = FACES.get(i);
            builder.useFont(new Lazy(document, set.get(i)), face.family(), face.weight(), FontStyle.NORMAL, true);
        }
        return () -> PARSED.offer(set);
    }

    /** A parsed font, loaded into the document the first time the layout asks for it. */
    private static final class Lazy extends PDFontSupplier {

        private final PDDocument document;
        private final TrueTypeFont font;
        private PDFont loaded;

        Lazy(PDDocument document, TrueTypeFont font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            if (loaded == null) {
                try {
                    loaded = PDType0Font.load(document, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return loaded;
        }
    }

    private static List<TrueTypeFont> parse() {
        try {
            List<TrueTypeFont> fonts = new ArrayList<>(BYTES.size());
            for (byte[] bytes : BYTES) {
                fonts.add(new TTFParser().parse(new RandomAccessReadBuffer(bytes)));
            }
            return List.copyOf(fonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
