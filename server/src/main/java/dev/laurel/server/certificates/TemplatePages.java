package dev.laurel.server.certificates;

import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A certificate's XHTML: its built-in template ({@code resources/certificates/templates/NAME.html}, Thymeleaf in XML
 * mode, so every value is escaped and the output is well-formed) filled with its facts on its paper, with what the
 * design adds ({@link Decorations}, drawn by {@code parts.html}, the same for every template). Thread-safe.
 */
final class TemplatePages {

    /** The page as the templates lay it out: CSS size, and width and height in millimetres. */
    record PageBox(String css, double width, double height, boolean landscape) {

        static PageBox of(Paper paper, Orientation orientation) {
            double shortSide = paper == Paper.A4 ? 210 : 215.9;
            double longSide = paper == Paper.A4 ? 297 : 279.4;
            boolean landscape = orientation == Orientation.LANDSCAPE;
            return new PageBox(
                    paper.css() + " " + orientation.key(),
                    landscape ? longSide : shortSide,
                    landscape ? shortSide : longSide,
                    landscape);
        }

        /** The width of a text block's box, in millimetres: within every template's content column. */
        double textWidth() {
            return landscape ? 170 : 150;
        }
    }

    private static final SpringTemplateEngine ENGINE = engine();

    private TemplatePages() {}

    /** The page of {@code design} saying {@code facts}, with no bulk columns and no organization logo. */
    static String xhtml(CertificateDesign design, CertificateFacts facts) {
        return xhtml(design, facts, Decorations.of(design, facts, Map.of(), null));
    }

    static String xhtml(CertificateDesign design, CertificateFacts facts, Decorations decorations) {
        Context context = new Context();
        context.setVariables(Map.of(
                "c",
                facts,
                "d",
                decorations,
                "page",
                PageBox.of(design.paper(), design.orientation()),
                "fallbacks",
                Fonts.FALLBACKS));
        return ENGINE.process(design.template().key(), context);
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("certificates/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setEnableSpringELCompiler(true);
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
