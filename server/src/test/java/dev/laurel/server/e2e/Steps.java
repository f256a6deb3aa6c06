package dev.laurel.server.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;

/**
 * What every browser test does the same way: logging in through the login page, and a page's screenshots — full
 * page, axe-checked first — at the desktop's width (1280 × 800) and a phone's (390 × 844).
 */
final class Steps {

    /** The password {@code Scenario} gives every account it makes. */
    static final String PASSWORD = "correct horse battery";

    private Steps() {}

    /** Logs {@code email} in on {@code page} through the login page at {@code base}, and waits until it left it. */
    static Page logIn(Page page, String base, String email) {
        page.navigate(base + "/login");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** {@code NAME-1280.png} and {@code NAME-390.png} in {@code shots}; the page is left at the desktop's width. */
    static void widths(Page page, Path shots, String name) {
        page.setViewportSize(1280, 800);
        shot(page, shots, name + "-1280");
        page.setViewportSize(390, 844);
        shot(page, shots, name + "-390");
        page.setViewportSize(1280, 800);
    }

    /** {@code NAME.png} in {@code shots}, at the page's width, once axe found nothing. */
    static void shot(Page page, Path shots, String name) {
        Axe.require(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve(name + ".png"))
                .setFullPage(true));
    }
}
