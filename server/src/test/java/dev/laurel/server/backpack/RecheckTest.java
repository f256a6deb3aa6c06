package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports are verified again after import: an issuer's site on 127.0.0.2 (trusted by the test context) hosts Open
 * Badges 2.0 assertions and a revocation list the test changes, and the re-check — the scheduled one or "Check again" —
 * finds the revocation; a site that is down changes nothing.
 */
class RecheckTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rechecks rechecks;

    @Test
    void anAssertionItsIssuerNoLongerHostsIsRevokedAfterTheScheduledRecheckEverywhere() {
        try (Site site = Site.start()) {
            Scenario.Person earner = Scenario.signUp(port, jdbc, "Rita Recheck");
            String url = site.hosted(1, "Stair Climbing", earner.email());
            UUID item = importUrl(earner.browser(), url);
            assertThat(earner.browser().get("/backpack?status=active").body()).contains(link(item));

            site.answer("/assertions/1.json", 410, "{}");
            makeDue(item);
            rechecks.recheckDue();

            Browser browser = earner.browser();
            assertThat(browser.get("/backpack").body()).contains(link(item)).contains("pill revoked");
            assertThat(browser.get("/backpack?status=revoked").body())
                    .contains("1 of 1 shown")
                    .contains(link(item))
                    .contains("Stair Climbing")
                    .contains("Rechecked School");
            assertThat(browser.get("/backpack?status=active").body()).doesNotContain(link(item));
            assertThat(browser.get("/backpack/items/" + item).body())
                    .contains("pill revoked")
                    .contains("Last checked")
                    .contains("answered 410 Gone")
                    .contains("Check again");
            assertThat(new Browser(port).get("/i/" + item).body())
                    .contains("Revoked by its issuer")
                    .contains("pill revoked")
                    .contains("Last checked")
                    .contains("revoked: " + url + " answered 410 Gone")
                    .doesNotContain("Verified when it was imported");
            assertThat(column(item, "issuer_status")).isEqualTo("revoked");
        }
    }

    @Test
    void checkAgainFindsTheAssertionInTheIssuersRevocationListAndItsRemovalToo() {
        try (Site site = Site.start()) {
            Scenario.Person earner = Scenario.signUp(port, jdbc, "Carl Checker");
            String url = site.hosted(2, "Bridge Building", earner.email());
            site.answer("/revocations.json", 200, revocationList(site, ""));
            UUID item = importUrl(earner.browser(), url);
            Browser browser = earner.browser();
            assertThat(browser.get("/backpack/items/" + item).body()).contains("pill active");

            site.answer(
                    "/revocations.json",
                    200,
                    revocationList(site, "{\"id\": \"" + url + "\", \"revocationReason\": \"Issued in error\"}"));
            browser.get("/backpack/items/" + item);
            assertThat(browser.post("/backpack/items/" + item + "/check", Map.of())
                            .body())
                    .as("just imported: the import's check stands, the issuer is not asked again")
                    .contains("It was checked less than a minute ago")
                    .contains("pill active");
            assertThat(site.hits("/revocations.json")).isEqualTo(1);
            pause(item);
            browser.get("/backpack/items/" + item);
            Browser.Page checked = browser.post("/backpack/items/" + item + "/check", Map.of());
            assertThat(checked.uri().getPath()).isEqualTo("/backpack/items/" + item);
            assertThat(checked.body())
                    .contains("Checked again: its issuer has revoked it.")
                    .contains("pill revoked")
                    .contains("Issued in error");
            assertThat(browser.get("/backpack?status=revoked").body()).contains(link(item));
            assertThat(new Browser(port).get("/i/" + item).body())
                    .contains("Revoked by its issuer")
                    .contains("revoked: listed in " + site.origin() + "/revocations.json: Issued in error");

            site.answer("/revocations.json", 200, revocationList(site, ""));
            pause(item);
            browser.get("/backpack/items/" + item);
            assertThat(browser.post("/backpack/items/" + item + "/check", Map.of())
                            .body())
                    .as("the standing follows the latest report")
                    .contains("Checked again: it verifies.")
                    .contains("pill active");

            Browser stranger = Scenario.signUp(port, jdbc, "Not The Earner").browser();
            stranger.get("/backpack");
            assertThat(stranger.post("/backpack/items/" + item + "/check", Map.of())
                            .status())
                    .isEqualTo(404);
        }
    }

    @Test
    void anIssuerSiteThatIsDownLeavesTheLastConclusiveStandingAndSaysSo() {
        Site site = Site.start();
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Dora Down");
        String url = site.hosted(3, "Cave Mapping", earner.email());
        UUID item = importUrl(earner.browser(), url);
        site.close();

        makeDue(item);
        rechecks.recheckDue();

        Browser browser = earner.browser();
        assertThat(column(item, "issuer_status")).isEqualTo("active");
        assertThat(column(item, "check_problem")).contains("could not fetch");
        assertThat(browser.get("/backpack?status=active").body()).contains(link(item));
        assertThat(browser.get("/backpack?status=revoked").body()).doesNotContain(link(item));
        assertThat(browser.get("/backpack/items/" + item).body())
                .contains("pill active")
                .contains("but the check could not be completed")
                .contains("could not fetch");
        assertThat(new Browser(port).get("/i/" + item).body())
                .contains("Verified when it was imported")
                .contains("could not be completed; what is shown is the last complete check")
                .doesNotContain("Revoked by its issuer");

        pause(item);
        browser.get("/backpack/items/" + item);
        assertThat(browser.post("/backpack/items/" + item + "/check", Map.of()).body())
                .contains("The check could not be completed, so the last complete check stands")
                .contains("pill active");

        // Tried again within hours, not after a whole interval; a conclusive check waits for the interval.
        UUID steady = Earners.importedItem(
                Earners.importFile(browser, "steady.json", "application/json", Credentials.json("Steady Hands")));
        for (UUID aged : List.of(item, steady)) {
            jdbc.sql("update backpack_items set checked_at = checked_at - interval '2 hours' where id = :id")
                    .param("id", aged)
                    .update();
        }
        assertThat(rechecks.batch(100)).contains(item).doesNotContain(steady);
        assertThat(column(item, "check_problem")).contains("could not fetch");
    }

    @Test
    void twoConcurrentRunsNeverVerifyTheSameItemTwiceInARound() throws Exception {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Conny Current");
        List<UUID> mine = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            byte[] json = Credentials.json("Parallel " + i);
            mine.add(Earners.importedItem(
                    Earners.importFile(earner.browser(), "parallel-" + i + ".json", "application/json", json)));
        }
        mine.forEach(this::makeDue);

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<UUID>>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    List<UUID> checked = new ArrayList<>();
                    List<UUID> batch;
                    do {
                        batch = rechecks.batch(2);
                        checked.addAll(batch);
                    } while (!batch.isEmpty());
                    return checked;
                }));
            }
            List<UUID> first = runs.get(0).get();
            List<UUID> second = runs.get(1).get();
            List<UUID> all = new ArrayList<>(first);
            all.addAll(second);
            assertThat(all).as("no item verified twice").doesNotHaveDuplicates();
            assertThat(all).containsAll(mine);
            Set<UUID> overlap = new HashSet<>(first);
            overlap.retainAll(second);
            assertThat(overlap).isEmpty();
        } finally {
            pool.shutdownNow();
        }
        assertThat(rechecks.batch(12))
                .as("nothing is due again in the same round")
                .doesNotContainAnyElementsOf(mine);
        for (UUID item : mine) {
            assertThat(jdbc.sql("select verified_at > added_at + interval '1 day' and check_problem is null "
                                    + "from backpack_items where id = :id")
                            .param("id", item)
                            .query(Boolean.class)
                            .single())
                    .as("checked again and the report kept")
                    .isTrue();
        }
    }

    /** The item's link in the backpack list. */
    private static String link(UUID item) {
        return "href=\"/backpack/items/" + item + "\"";
    }

    private UUID importUrl(Browser browser, String url) {
        browser.get("/backpack/import");
        return Earners.importedItem(browser.post("/backpack/import/url", Map.of("url", url)));
    }

    /** Moves the item's dates two days back, so it is due for a check and its import is clearly older. */
    /** Moves the item's last check a minute back, past the pause between two "Check again". */
    private void pause(UUID item) {
        jdbc.sql("update backpack_items set checked_at = checked_at - interval '1 minute' where id = :id")
                .param("id", item)
                .update();
    }

    private void makeDue(UUID item) {
        jdbc.sql("update backpack_items set checked_at = checked_at - interval '2 days', "
                        + "verified_at = verified_at - interval '2 days', added_at = added_at - interval '2 days' "
                        + "where id = :id")
                .param("id", item)
                .update();
    }

    private String column(UUID item, String column) {
        return jdbc.sql("select " + column + " from backpack_items where id = :id")
                .param("id", item)
                .query(String.class)
                .single();
    }

    static String revocationList(Site site, String entries) {
        return """
                {
                  "@context": "https://w3id.org/openbadges/v2",
                  "type": "RevocationList",
                  "id": "%1$s/revocations.json",
                  "issuer": "%1$s/issuer.json",
                  "revokedAssertions": [%2$s]
                }
                """.formatted(site.origin(), entries);
    }

    /** An Open Badges 2.0 issuer's site on 127.0.0.2 whose answers the test changes. */
    record Site(
            HttpServer server,
            String origin,
            Map<String, Answer> answers,
            Map<String, java.util.concurrent.atomic.AtomicInteger> requests)
            implements AutoCloseable {

        private record Answer(int status, byte[] body) {}

        static Site start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
                Site site = new Site(
                        server,
                        "http://127.0.0.2:" + server.getAddress().getPort(),
                        new ConcurrentHashMap<>(),
                        new ConcurrentHashMap<>());
                server.createContext("/", exchange -> {
                    site.requests()
                            .computeIfAbsent(
                                    exchange.getRequestURI().getPath(),
                                    path -> new java.util.concurrent.atomic.AtomicInteger())
                            .incrementAndGet();
                    Answer answer = site.answers().get(exchange.getRequestURI().getPath());
                    if (answer == null) {
                        answer = new Answer(404, "{}".getBytes(StandardCharsets.UTF_8));
                    }
                    exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
                    exchange.sendResponseHeaders(answer.status(), answer.body().length);
                    exchange.getResponseBody().write(answer.body());
                    exchange.close();
                });
                server.start();
                return site;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** How many requests the path has had. */
        int hits(String path) {
            var count = requests.get(path);
            return count == null ? 0 : count.get();
        }

        void answer(String path, int status, String json) {
            answers.put(path, new Answer(status, json.getBytes(StandardCharsets.UTF_8)));
        }

        /** Hosts assertion {@code n} of a badge named so, and its issuer (with a revocation list); returns its URL. */
        String hosted(int n, String badge, String email) {
            String url = origin + "/assertions/" + n + ".json";
            answer("/assertions/" + n + ".json", 200, """
                    {
                      "@context": "https://w3id.org/openbadges/v2",
                      "type": "Assertion",
                      "id": "%1$s",
                      "recipient": {"type": "email", "hashed": false, "identity": "%2$s"},
                      "badge": "%3$s/badges/%4$d.json",
                      "verification": {"type": "hosted"},
                      "issuedOn": "2024-03-01T00:00:00Z"
                    }
                    """.formatted(url, email, origin, n));
            answer("/badges/" + n + ".json", 200, """
                    {
                      "@context": "https://w3id.org/openbadges/v2",
                      "type": "BadgeClass",
                      "id": "%1$s/badges/%2$d.json",
                      "name": "%3$s",
                      "description": "For %3$s.",
                      "image": "%1$s/badges/%2$d.png",
                      "criteria": "%1$s/badges/%2$d.html",
                      "issuer": "%1$s/issuer.json"
                    }
                    """.formatted(origin, n, badge));
            answer("/issuer.json", 200, """
                    {
                      "@context": "https://w3id.org/openbadges/v2",
                      "type": "Issuer",
                      "id": "%1$s/issuer.json",
                      "name": "Rechecked School",
                      "url": "https://rechecked.example",
                      "email": "badges@rechecked.example",
                      "revocationList": "%1$s/revocations.json"
                    }
                    """.formatted(origin));
            answers.putIfAbsent(
                    "/revocations.json",
                    new Answer(200, revocationList(this, "").getBytes(StandardCharsets.UTF_8)));
            return url;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
