package dev.laurel.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An issuer uploads a CSV with good and bad rows in Chromium, reads the dry run (and downloads it), issues the good
 * rows, watches the progress bar reach 100% without reloading the page, and the recipients' mails arrive.
 */
class BulkPageTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anIssuerChecksAFileIssuesItsValidRowsAndWatchesTheJobComplete() throws Exception {
        Scenario.Issuer organization = Scenario.issuer(port, jdbc, "Chromium Bulk College");
        UUID badge = Scenario.badge(organization, "Cohort 2026", "di");
        Scenario.Person issuer = Scenario.signUp(port, jdbc, "Bulk Issuer");
        jdbc.sql("""
                        insert into memberships (organization_id, account_id, role, joined_at)
                        select :org, id, 'issuer', now() from accounts where email = :email
                        """)
                .param("org", organization.organizationId())
                .param("email", issuer.email())
                .update();
        List<String> good = List.of(uniqueEmail("ada"), uniqueEmail("alan"), uniqueEmail("grace"));
        String future = uniqueEmail("future");
        String csv = "email,name,issued_on,course\n"
                + good.get(0) + ",Ada Lovelace,,Statistics\n"
                + "not-an-email,Bob,,Statistics\n"
                + good.get(1) + ",Alan Turing,2026-01-10,Statistics\n"
                + future + ",Carl Future,2999-01-01,Statistics\n"
                + good.get(2) + ",Grace Hopper,,Statistics\n";
        String base = "http://localhost:" + PORT;
        try (Chromium chromium = Chromium.launch();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    errors.add(message.text());
                }
            });
            Steps.logIn(page, base, issuer.email());

            page.navigate(base + "/organizations/" + organization.organizationId() + "/badges/" + badge);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Issue in bulk"))
                    .click();
            page.waitForURL("**/bulk");

            // a file over the limit is refused in the page, with its message, before anything is sent
            java.nio.file.Path huge = java.nio.file.Files.createTempFile("huge", ".csv");
            try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
                sparse.setLength(65L * 1024 * 1024);
            }
            try {
                page.getByLabel("CSV file").setInputFiles(huge);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file"))
                        .click();
                // laurel.bulk.max-upload-size is 7 MB in the tests (ServerTest)
                assertThat(page.locator("#file-error").textContent()).contains("larger than 7 MB");
                assertThat(page.url()).endsWith("/bulk");
                assertThat(jdbc.sql("select count(*) from bulk_jobs where badge_id = :badge")
                                .param("badge", badge)
                                .query(Long.class)
                                .single())
                        .isZero();
            } finally {
                java.nio.file.Files.delete(huge);
            }

            page.getByLabel("CSV file")
                    .setInputFiles(new FilePayload("cohort.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
            page.getByLabel("Narrative template (optional)").fill("Completed {{course}}.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file"))
                    .click();
            page.waitForSelector("#summary");

            assertThat(page.locator("#total").textContent()).isEqualTo("5");
            assertThat(page.locator("#valid").textContent()).isEqualTo("3");
            assertThat(page.locator("#invalid").textContent()).isEqualTo("2");
            List<String> problemRows =
                    page.locator("#problems tbody tr td:first-child").allTextContents();
            assertThat(problemRows).containsExactly("3", "5");
            assertThat(page.locator("#problems").textContent()).contains("email", "issued_on");
            assertThat(page.locator("#problems tbody tr").first().getAttribute("data-code"))
                    .isEqualTo("email.invalid");

            Download download =
                    page.waitForDownload(() -> page.locator("#download").click());
            String report = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(report.lines().toList())
                    .hasSize(3)
                    .satisfies(lines ->
                            assertThat(lines.get(0)).endsWith("row,column,code,message,email,name,issued_on,course"))
                    .satisfies(lines -> assertThat(lines.get(1))
                            .startsWith("3,email,email.invalid,")
                            .endsWith(",not-an-email,Bob,,Statistics"))
                    .satisfies(lines -> assertThat(lines.get(2))
                            .startsWith("5,issued_on,date.future,")
                            .endsWith("," + future + ",Carl Future,2999-01-01,Statistics"));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue 3 valid rows"))
                    .click();
            page.waitForSelector("#progress");
            String jobPage = page.url();
            String firstState = page.locator("#progress").getAttribute("data-state");
            List<String> polls = new ArrayList<>();
            page.onResponse(response -> {
                if (response.url().endsWith("/progress") && response.status() == 200) {
                    polls.add(response.url());
                }
            });
            page.locator("#done").waitFor();
            if (!firstState.equals("completed")) {
                assertThat(polls).as("the page reached 100% by polling").isNotEmpty();
            }
            assertThat(page.url()).isEqualTo(jobPage);
            assertThat(page.locator("#progress").getAttribute("data-state")).isEqualTo("completed");
            assertThat(page.locator("#percent").textContent()).isEqualTo("100%");
            assertThat(page.locator("#bar").getAttribute("value")).isEqualTo("100");
            assertThat(page.locator("#issued").textContent()).isEqualTo("3");
            assertThat(page.locator("#remaining").textContent()).isEqualTo("0");
            assertThat(page.locator("#progress").getAttribute("hx-trigger")).isNull();
            assertThat(page.locator("button:has-text('Cancel')").count()).isZero();
            Axe.require(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/bulk-page.png"))
                    .setFullPage(true));
            assertThat(errors).noneMatch(text -> text.contains("Content Security Policy"));
        }
        for (String to : good) {
            assertThat(mailsTo(to, message -> true)).hasSize(1);
        }
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
                    try {
                        return Arrays.toString(message.getAllRecipients()).contains(future);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }))
                .isEmpty();
    }
}
