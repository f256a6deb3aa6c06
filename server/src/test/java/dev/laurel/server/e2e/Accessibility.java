package dev.laurel.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core, Deque's accessibility engine (bundled in its Playwright binding, so nothing is fetched), run on the page
 * as it is: no violation of the WCAG 2.1 A and AA rules is allowed. Every page a browser test screenshots is checked.
 */
final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {}

    static void check(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(results.isErrored()).as(results::getErrorMessage).isFalse();
        assertThat(results.getViolations())
                .as(() -> "accessibility violations on " + page.url() + ":\n" + describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream()
                                .limit(5)
                                .map(node -> "    " + node.getTarget() + " " + node.getHtml())
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
