package dev.laurel.server.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The language pages are shown in: the request's locale (its {@code Accept-Language}) among the languages Laurel has
 * texts in ({@code laurel.languages}), else the first of them; and every page's {@code <html>} says it, with {@code
 * lang} and {@code dir}, so screen readers pronounce the page as it is written.
 */
@Configuration(proxyBeanMethods = false)
class PageLanguage {

    /** Languages written right to left, by their ISO 639 code. */
    private static final Set<String> RIGHT_TO_LEFT =
            Set.of("ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi");

    /** {@code rtl} or {@code ltr}: the direction {@code locale}'s language is written in. */
    static String direction(Locale locale) {
        return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }

    @Bean
    LocaleResolver localeResolver(@Value("${laurel.languages:en}") List<String> languages) {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        List<Locale> supported = languages.stream()
                .map(String::strip)
                .map(Locale::forLanguageTag)
                .toList();
        resolver.setSupportedLocales(supported);
        resolver.setDefaultLocale(supported.getFirst());
        return resolver;
    }

    @Bean
    IDialect pageLanguageDialect() {
        return new AbstractProcessorDialect("laurel-page-language", "laurel", 1000) {
            @Override
            public Set<IProcessor> getProcessors(String prefix) {
                return Set.of(new HtmlLanguage(prefix));
            }
        };
    }

    /** Sets {@code lang} and {@code dir} on every HTML page's root element from the template's locale. */
    private static final class HtmlLanguage extends AbstractElementTagProcessor {

        HtmlLanguage(String prefix) {
            super(TemplateMode.HTML, prefix, "html", false, null, false, 1000);
        }

        @Override
        protected void doProcess(
                ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler structure) {
            Locale locale = context.getLocale();
            structure.setAttribute("lang", locale.toLanguageTag());
            structure.setAttribute("dir", direction(locale));
        }
    }
}
