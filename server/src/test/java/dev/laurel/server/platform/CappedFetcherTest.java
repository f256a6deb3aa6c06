package dev.laurel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.GuardedHttpFetcher;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The instance's cap on fetches at once (issue 12, item 5): with two fetches held by a slow local server, a third
 * fails at once saying the server is busy, and once one ends the next goes ahead.
 */
class CappedFetcherTest {

    private HttpServer server;
    private final CountDownLatch arrived = new CountDownLatch(2);
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void slowServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/slow", exchange -> {
            arrived.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void refusesTheFetchBeyondTheCapAtOnceAndTakesTheNextWhenOneEnds() throws Exception {
        CappedFetcher fetcher = new CappedFetcher(
                GuardedHttpFetcher.builder().allowPrivateAddresses(true).build(), 2);
        URI slow = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slow");
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<FetchResult> first = threads.submit(() -> fetcher.fetch(slow, "application/json"));
            Future<FetchResult> second = threads.submit(() -> fetcher.fetch(slow, "application/json"));
            assertThat(arrived.await(10, TimeUnit.SECONDS))
                    .as("both fetches reached the server")
                    .isTrue();

            long start = System.nanoTime();
            FetchResult third = fetcher.fetch(slow, "application/json");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(third).isInstanceOf(FetchResult.Failed.class);
            assertThat(((FetchResult.Failed) third).message()).contains("busy").contains("try again");

            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(FetchResult.Fetched.class);
            assertThat(second.get(10, TimeUnit.SECONDS)).isInstanceOf(FetchResult.Fetched.class);
            assertThat(fetcher.fetch(slow, "application/json")).isInstanceOf(FetchResult.Fetched.class);
        }
    }
}
