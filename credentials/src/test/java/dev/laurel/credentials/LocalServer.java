package dev.laurel.credentials;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.laurel.credentials.http.GuardedHttpFetcher;
import dev.laurel.credentials.http.HttpFetcher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 serving fixed documents by path: the did:web hosts and status list hosts of tests. */
public final class LocalServer implements AutoCloseable {

    private static final int TRICKLE_BYTES = 4;

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final Map<String, Duration> trickles = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    /** A canned response. */
    public record Response(int status, String contentType, byte[] body, String location) {}

    public LocalServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            Response response = responses.get(exchange.getRequestURI().getPath());
            Duration every = trickles.get(exchange.getRequestURI().getPath());
            if (response != null && every != null) {
                trickle(exchange, response, every);
                return;
            }
            if (response == null) {
                response = new Response(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), null);
            }
            exchange.getResponseHeaders().add("Content-Type", response.contentType());
            if (response.location() != null) {
                exchange.getResponseHeaders().add("Location", response.location());
            }
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        });
        server.start();
    }

    public LocalServer serve(String path, String contentType, String body) {
        return serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public LocalServer serve(String path, String contentType, byte[] body) {
        responses.put(path, new Response(200, contentType, body, null));
        return this;
    }

    /**
     * Serves {@code body} at {@code path} slowly: the headers at once (with the full Content-Length), then the body a
     * few bytes at a time, one write every {@code every}.
     */
    public LocalServer trickle(String path, String contentType, String body, Duration every) {
        serve(path, contentType, body);
        trickles.put(path, every);
        return this;
    }

    private static void trickle(HttpExchange exchange, Response response, Duration every) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", response.contentType());
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            byte[] body = response.body();
            for (int from = 0; from < body.length; from += TRICKLE_BYTES) {
                out.write(body, from, Math.min(TRICKLE_BYTES, body.length - from));
                out.flush();
                Thread.sleep(every);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public LocalServer redirect(String path, String location) {
        responses.put(path, new Response(302, "text/plain", new byte[0], location));
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String origin() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * A fetcher that reaches this server: verifiers ask for https, the server speaks plain HTTP, so https URLs on
     * 127.0.0.1 at this port are fetched as http through the real guarded fetcher (private addresses allowed).
     */
    public HttpFetcher fetcher() {
        HttpFetcher real =
                GuardedHttpFetcher.builder().allowPrivateAddresses(true).build();
        return (url, accept) ->
                real.fetch(URI.create(url.toString().replace("https://127.0.0.1:" + port(), origin())), accept);
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
