package dev.laurel.server.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook receiver on 127.0.0.1: records every request it gets (headers and body) and answers from a script of
 * statuses, then 200 — what an integrator's endpoint does, refusing the first attempts when told to.
 */
final class Receiver implements AutoCloseable {

    /** One request as received, and what it was answered. */
    record Received(
            String id,
            String timestamp,
            String signature,
            String contentType,
            String userAgent,
            byte[] body,
            int answered) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final Deque<Answer> script = new ConcurrentLinkedDeque<>();

    /** A scripted answer: a status and, when not null, a Retry-After header. */
    private record Answer(int status, String retryAfter) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            sleep(delay);
            Answer scripted = script.pollFirst();
            int status = scripted == null ? 200 : scripted.status();
            if (scripted != null && scripted.retryAfter() != null) {
                exchange.getResponseHeaders().set("Retry-After", scripted.retryAfter());
            }
            var headers = exchange.getRequestHeaders();
            received.add(new Received(
                    headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"),
                    headers.getFirst("Content-Type"),
                    headers.getFirst("User-Agent"),
                    body,
                    status));
            byte[] answer = (status < 300 ? "ok" : "not now").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    /** Answers the next requests with these statuses, then 200. */
    Receiver answering(Integer... statuses) {
        for (Integer status : statuses) {
            script.add(new Answer(status, null));
        }
        return this;
    }

    /** Answers the next request with this status and {@code Retry-After: retryAfter}. */
    Receiver answeringRetryAfter(int status, String retryAfter) {
        script.add(new Answer(status, retryAfter));
        return this;
    }

    /** Waits this long before answering each request. */
    Receiver slow(Duration delay) {
        this.delay = delay;
        return this;
    }

    /** {@code http://127.0.0.1:PORT/hook}. */
    String url() {
        return "http://127.0.0.1:" + port() + "/hook";
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    private static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
