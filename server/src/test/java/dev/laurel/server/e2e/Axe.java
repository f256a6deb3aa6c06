package dev.laurel.server.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core, Deque's accessibility engine, run in the page as it stands: the WCAG 2.0/2.1 A and AA rules, and the
 * violations it finds, one line each (rule, impact, the elements concerned), for a test to require none.
 */
final class Axe {

    private static final String SCRIPT = script();

    private static final String RUN = """
            async () => {
              const results = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
              });
              return results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                  + v.nodes.map(n => n.target.join(' ')).join(', '));
            }
            """;

    private Axe() {}

    /** The violations axe-core finds on {@code page}; empty when it passes. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Page page) {
        // Evaluated through the DevTools protocol, as a test's own script, so the page's CSP (script-src 'self')
        // does not apply and nothing about the page changes.
        page.evaluate(SCRIPT);
        return (List<String>) page.evaluate(RUN);
    }

    /** Fails when axe-core finds a violation on {@code page}, naming each. */
    static void require(Page page) {
        List<String> found = violations(page);
        if (!found.isEmpty()) {
            throw new AssertionError("accessibility violations on " + page.url() + ":\n" + String.join("\n", found));
        }
    }

    private static String script() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
