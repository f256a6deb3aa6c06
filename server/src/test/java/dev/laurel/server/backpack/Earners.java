package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Steps the backpack tests share: accepting from the backpack, importing, finding items on pages. */
final class Earners {

    private static final Pattern ITEM = Pattern.compile("/backpack/items/([0-9a-f-]{36})");

    private Earners() {}

    /** Accepts the credential from the backpack page; returns the item's id. */
    static UUID accept(Scenario.Person earner, UUID credentialId, JdbcClient jdbc) {
        earner.browser().get("/backpack");
        Browser.Page page = earner.browser().post("/backpack/" + credentialId + "/accept", Map.of());
        assertThat(page.body()).contains("Accepted: it is in your backpack.");
        return item(jdbc, credentialId);
    }

    static UUID item(JdbcClient jdbc, UUID credentialId) {
        return jdbc.sql("select id from backpack_items where credential_id = :id")
                .param("id", credentialId)
                .query(UUID.class)
                .single();
    }

    /** Imports a file through the import page; returns the page answered. */
    static Browser.Page importFile(Browser browser, String fileName, String type, byte[] bytes) {
        browser.get("/backpack/import");
        return browser.postMultipart("/backpack/import/file", Map.of(), "file", fileName, type, bytes);
    }

    /** The item id an import redirected to. */
    static UUID importedItem(Browser.Page page) {
        Matcher matcher = ITEM.matcher(page.uri().getPath());
        assertThat(matcher.matches())
                .as("redirected to the item, not %s: %s", page.uri(), page.body())
                .isTrue();
        return UUID.fromString(matcher.group(1));
    }

    static long items(JdbcClient jdbc, String email) {
        return jdbc.sql("select count(*) from backpack_items i join accounts a on a.id = i.account_id "
                        + "where a.email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }
}
