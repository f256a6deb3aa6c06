package dev.laurel.credentials.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.LocalServer;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuardedHttpFetcherTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/",
                "http://localhost/",
                "http://10.0.0.1/",
                "http://172.16.5.4/",
                "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://[::1]/",
                "http://[fc00::1]/",
                "http://0.0.0.0/",
                "http://100.64.0.1/",
                "http://[::ffff:127.0.0.1]/",
                "http://[fe80::1]/"
            })
    void refusesLoopbackPrivateAndLinkLocalAddressesByDefault(String url) {
        FetchResult result = GuardedHttpFetcher.standard().fetch(URI.create(url), "application/json");
        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, failed -> assertThat(failed.message())
                .contains("refused"));
    }

    @Test
    void neverConnectsToARefusedAddress() {
        try (LocalServer server = new LocalServer().serve("/doc", "application/json", "{}")) {
            GuardedHttpFetcher.standard().fetch(URI.create(server.origin() + "/doc"), "application/json");
            assertThat(server.requests()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"file:///etc/passwd", "ftp://example.com/x", "jar:file:/x!/y", "https://user:pw@example.com/"})
    void refusesOtherSchemesAndUserInfo(String url) {
        assertThat(GuardedHttpFetcher.standard().fetch(URI.create(url), "*/*")).isInstanceOf(FetchResult.Failed.class);
    }

    @Test
    void acceptsPublicAddresses() throws Exception {
        assertThat(AddressPolicy.refusal(InetAddress.getByName("93.184.216.34")))
                .isEmpty();
        assertThat(AddressPolicy.refusal(InetAddress.getByName("2606:2800:220:1:248:1893:25c8:1946")))
                .isEmpty();
        assertThat(AddressPolicy.refusal(InetAddress.getByName("64:ff9b::a00:1")))
                .isPresent();
    }

    @Test
    void fetchesFromALocalServerWhenPrivateAddressesAreAllowed() {
        try (LocalServer server = new LocalServer().serve("/doc", "application/json", "{\"ok\":true}")) {
            FetchResult result = local().fetch(URI.create(server.origin() + "/doc"), "application/json");
            assertThat(result).isInstanceOfSatisfying(FetchResult.Fetched.class, fetched -> {
                assertThat(fetched.text()).isEqualTo("{\"ok\":true}");
                assertThat(fetched.contentType()).isEqualTo("application/json");
            });
        }
    }

    @Test
    void followsRedirectsUpToTheLimit() {
        try (LocalServer server = new LocalServer()) {
            server.serve("/end", "text/plain", "done")
                    .redirect("/a", server.origin() + "/b")
                    .redirect("/b", "/end")
                    .redirect("/loop", "/loop");
            assertThat(local().fetch(URI.create(server.origin() + "/a"), "*/*"))
                    .isInstanceOfSatisfying(
                            FetchResult.Fetched.class, f -> assertThat(f.text()).isEqualTo("done"));
            assertThat(local().fetch(URI.create(server.origin() + "/loop"), "*/*"))
                    .isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.message())
                            .contains("too many redirects"));
        }
    }

    @Test
    void failsOnHttpErrorsAndOversizedBodies() {
        try (LocalServer server = new LocalServer().serve("/big", "application/json", "x".repeat(5000))) {
            GuardedHttpFetcher small = GuardedHttpFetcher.builder()
                    .allowPrivateAddresses(true)
                    .maxBytes(1000)
                    .build();
            assertThat(small.fetch(URI.create(server.origin() + "/big"), "*/*"))
                    .isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.message())
                            .contains("limit"));
            assertThat(small.fetch(URI.create(server.origin() + "/missing"), "*/*"))
                    .isInstanceOfSatisfying(FetchResult.Failed.class, f -> assertThat(f.message())
                            .contains("HTTP 404"));
        }
    }

    @Test
    void refusesAPrivateHostWithoutSayingHowItResolves() {
        FetchResult result = GuardedHttpFetcher.standard().fetch(URI.create("http://localhost:1/x"), "*/*");
        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, failed -> assertThat(failed.message())
                .contains("refused")
                .contains("not a public address")
                .doesNotContain("127.0.0.1")
                .doesNotContain("loopback")
                .doesNotContain("resolves"));
    }

    /**
     * An unknown host is answered as a private one: telling them apart would say which internal names exist (issue 12,
     * item 11).
     */
    @Test
    void saysOfAnUnknownHostWhatItSaysOfAPrivateOne() {
        GuardedHttpFetcher fetcher = GuardedHttpFetcher.standard();
        String unknown = failure(fetcher.fetch(URI.create("http://no-such-host.invalid/x"), "*/*"))
                .replace("no-such-host.invalid", "HOST");
        String loopback =
                failure(fetcher.fetch(URI.create("http://localhost/x"), "*/*")).replace("localhost", "HOST");

        assertThat(unknown).isEqualTo(loopback).doesNotContain("unknown");
    }

    private static String failure(FetchResult result) {
        assertThat(result).isInstanceOf(FetchResult.Failed.class);
        return ((FetchResult.Failed) result).message();
    }

    @Test
    void logsHowARefusedHostResolves() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(new SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(GuardedHttpFetcher.class.getName());
        logger.addHandler(handler);
        try {
            GuardedHttpFetcher.standard().fetch(URI.create("http://localhost:1/x"), "*/*");
        } finally {
            logger.removeHandler(handler);
        }
        assertThat(logged).anySatisfy(line -> assertThat(line)
                .contains("localhost resolves to a loopback address")
                .containsAnyOf("127.0.0.1", "0:0:0:0:0:0:0:1"));
    }

    @Test
    void givesUpOnABodyTrickledPastTheDeadline() {
        String body = "x".repeat(80); // 20 writes of 4 bytes, 200 ms apart: 4 s in all
        try (LocalServer server = new LocalServer().trickle("/slow", "text/plain", body, Duration.ofMillis(200))) {
            GuardedHttpFetcher fetcher = GuardedHttpFetcher.builder()
                    .allowPrivateAddresses(true)
                    .timeout(Duration.ofMillis(600))
                    .build();
            long start = System.nanoTime();
            FetchResult result = fetcher.fetch(URI.create(server.origin() + "/slow"), "*/*");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, failed -> assertThat(failed.message())
                    .contains("timed out after 600 ms"));
            assertThat(took).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void fetchesATrickledBodyThatEndsBeforeTheDeadline() {
        try (LocalServer server =
                new LocalServer().trickle("/slow", "text/plain", "x".repeat(12), Duration.ofMillis(100))) {
            assertThat(local().fetch(URI.create(server.origin() + "/slow"), "*/*"))
                    .isInstanceOfSatisfying(
                            FetchResult.Fetched.class, f -> assertThat(f.text()).isEqualTo("x".repeat(12)));
        }
    }

    private static GuardedHttpFetcher local() {
        return GuardedHttpFetcher.builder().allowPrivateAddresses(true).build();
    }
}
