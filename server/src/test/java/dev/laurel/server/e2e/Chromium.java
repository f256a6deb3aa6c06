package dev.laurel.server.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright (which never downloads a browser here), headless with the flags this
 * machine's closed network needs. Without Chromium the browser tests are skipped — unless {@code
 * LAUREL_E2E_REQUIRED} is set, as CI sets it, and then they fail.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("LAUREL_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;

    private Chromium() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    static Chromium launch() {
        boolean present = Files.isExecutable(EXECUTABLE);
        if (System.getenv("LAUREL_E2E_REQUIRED") == null) {
            Assumptions.assumeTrue(present, "Chromium is not installed at " + EXECUTABLE);
        } else if (!present) {
            throw new AssertionError("LAUREL_E2E_REQUIRED is set but Chromium is not installed at " + EXECUTABLE);
        }
        return new Chromium();
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
