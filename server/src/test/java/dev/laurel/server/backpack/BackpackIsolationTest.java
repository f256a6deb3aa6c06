package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every backpack endpoint that names an item, a collection or a credential — found by asking Spring, so new ones are
 * covered without editing this test — called by another signed-in earner with the victim's ids: each answers as if
 * the thing did not exist (404), shows nothing of it, and no backpack table changes. The public pages of a private
 * item answer 404 to anyone.
 */
class BackpackIsolationTest extends ServerTest {

    private static final List<String> TABLES = List.of(
            "backpack_items",
            "backpack_collections",
            "backpack_collection_items",
            "backpack_declined",
            "backpack_shares",
            "earner_addresses",
            "earner_profiles",
            "claims");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anotherEarnerReachesNothingOfAVictimsBackpackThroughAnyEndpoint() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Isolation Institute");
        Scenario.Person victim = Scenario.signUp(port, jdbc, "Vic Tim");
        UUID accepted =
                Scenario.issue(issuer, Scenario.badge(issuer, "Guarded Badge", "di"), victim.name(), victim.email());
        UUID issuedItem = Earners.accept(victim, accepted, jdbc);
        UUID pending =
                Scenario.issue(issuer, Scenario.badge(issuer, "Pending Badge", "jwt"), victim.name(), victim.email());
        Browser owner = victim.browser();
        UUID importedItem = Earners.importedItem(
                Earners.importFile(owner, "secret.json", "application/json", Credentials.json("Secret Import")));
        owner.post("/backpack/items/" + importedItem + "/visibility", Map.of("visibility", "private"));
        owner.get("/backpack/collections");
        owner.post("/backpack/collections", Map.of("name", "Victim's portfolio"));
        UUID collection = jdbc.sql("select id from backpack_collections where name = 'Victim''s portfolio'")
                .query(UUID.class)
                .single();
        owner.get("/backpack/collections/" + collection);
        owner.post("/backpack/collections/" + collection + "/items", Map.of("item", issuedItem.toString()));

        Scenario.Person attacker = Scenario.signUp(port, jdbc, "Mal Lory");
        Browser browser = attacker.browser();
        browser.get("/backpack");
        Map<String, String> before = snapshot();

        List<String> checked = new ArrayList<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean post = methods.contains(RequestMethod.POST);
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/backpack/") || !pattern.contains("{")) {
                    continue;
                }
                List<String> paths = pattern.startsWith("/backpack/items/")
                        ? List.of(fill(pattern, issuedItem, issuedItem), fill(pattern, importedItem, importedItem))
                        : pattern.startsWith("/backpack/collections/")
                                ? List.of(fill(pattern, collection, issuedItem))
                                : List.of(fill(pattern, pending, issuedItem), fill(pattern, accepted, issuedItem));
                for (String path : paths) {
                    String call = (post ? "POST " : "GET ") + path;
                    Browser.Page page = post
                            ? browser.post(
                                    path,
                                    Map.of(
                                            "visibility", "public",
                                            "channel", "linkedin",
                                            "item", issuedItem.toString(),
                                            "name", "Hijacked",
                                            "direction", "up"))
                            : browser.get(path);
                    if (pattern.startsWith("/backpack/{credentialId}/")) {
                        // Accept and decline answer with the backpack page and an error, the attacker's own.
                        assertThat(page.body()).as(call).contains("flash error");
                    } else {
                        assertThat(page.status()).as(call).isEqualTo(404);
                    }
                    assertThat(page.body())
                            .as(call)
                            .doesNotContain("Guarded Badge")
                            .doesNotContain("Secret Import")
                            .doesNotContain("Victim&#39;s portfolio")
                            .doesNotContain("Victim's portfolio");
                    checked.add(call);
                    browser.get("/backpack");
                }
            }
        }
        assertThat(checked)
                .as("backpack endpoints found")
                .anyMatch(c -> c.contains("/download/png"))
                .anyMatch(c -> c.startsWith("POST") && c.endsWith("/check"))
                .anyMatch(c -> c.contains("/clr.json"))
                .hasSizeGreaterThan(20);
        assertThat(snapshot()).isEqualTo(before);

        Browser anyone = new Browser(port);
        for (String path : List.of(
                "/i/" + importedItem,
                "/i/" + importedItem + "/image",
                "/i/" + importedItem + "/original",
                "/i/" + importedItem + "/download/png",
                "/i/" + importedItem + "/download/json",
                "/embed/" + importedItem)) {
            assertThat(anyone.get(path).status())
                    .as(path + " of a private import")
                    .isEqualTo(404);
        }
    }

    private static String fill(String pattern, UUID id, UUID item) {
        return pattern.replace("{id}", id.toString())
                .replace("{itemId}", id.toString())
                .replace("{credentialId}", id.toString())
                .replace("{item}", item.toString())
                .replace("{format}", "png");
    }

    private Map<String, String> snapshot() {
        Map<String, String> tables = new TreeMap<>();
        for (String table : TABLES) {
            tables.put(
                    table,
                    jdbc.sql("select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + table + " t")
                            .query(String.class)
                            .single());
        }
        return tables;
    }
}
