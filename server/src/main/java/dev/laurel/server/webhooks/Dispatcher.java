package dev.laurel.server.webhooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Sends one signed delivery: a POST of the JSON body with the Standard Webhooks headers, after {@link Destinations}
 * allowed the address. Redirects are not followed (a 3xx is a failure, as the spec advises); the receiver has the
 * configured timeout to answer completely; at most {@link #MAX_BODY} bytes of its answer are kept. Never throws for
 * network or HTTP failures. Thread-safe.
 */
@Component
class Dispatcher {

    static final int MAX_BODY = 1024;
    static final String USER_AGENT = "Laurel-Webhooks/0.1";

    private final Destinations destinations;
    private final WebhookSettings settings;
    private final HttpClient client;

    Dispatcher(Destinations destinations, WebhookSettings settings) {
        this.destinations = destinations;
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /**
     * What happened to one attempt.
     *
     * @param status the receiver's HTTP status, or null when it did not answer or the request was refused
     * @param error why there was no answer, or null
     * @param durationMillis how long it took
     * @param body the start of the receiver's answer, or null
     * @param retryAfter the receiver's {@code Retry-After} header as sent (seconds or an HTTP date), or null
     */
    record Outcome(Integer status, String error, long durationMillis, String body, String retryAfter) {

        Outcome(Integer status, String error, long durationMillis, String body) {
            this(status, error, durationMillis, body, null);
        }

        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }

        /** 410 Gone: the receiver asks not to be sent anything any more (Standard Webhooks). */
        boolean gone() {
            return status != null && status == 410;
        }
    }

    /** POSTs {@code body} to {@code url}, signed with {@code keys} at {@code timestamp} (Unix seconds). */
    Outcome send(URI url, String webhookId, long timestamp, byte[] body, List<byte[]> keys) {
        long start = System.nanoTime();
        Optional<String> refused = destinations.refusal(url);
        if (refused.isPresent()) {
            return new Outcome(null, refused.get(), millisSince(start), null);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url)
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header("webhook-id", webhookId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", StandardWebhooks.signature(keys, webhookId, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            return new Outcome(null, "not a URL that can be requested: " + e.getMessage(), millisSince(start), null);
        }
        Prefix answer = new Prefix();
        CompletableFuture<HttpResponse<Void>> response =
                client.sendAsync(request, info -> HttpResponse.BodySubscribers.ofByteArrayConsumer(answer));
        try {
            HttpResponse<Void> answered = response.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(
                    answered.statusCode(),
                    null,
                    millisSince(start),
                    answer.text(),
                    answered.headers().firstValue("Retry-After").orElse(null));
        } catch (TimeoutException e) {
            response.cancel(true);
            return new Outcome(
                    null,
                    "no complete answer within " + settings.timeout().toSeconds() + " s",
                    millisSince(start),
                    null);
        } catch (ExecutionException e) {
            return new Outcome(null, describe(e.getCause()), millisSince(start), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.cancel(true);
            return new Outcome(null, "interrupted", millisSince(start), null);
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static String describe(Throwable e) {
        String kind = e instanceof IOException ? "could not deliver" : "failed";
        String message = e.getMessage();
        return kind + ": " + e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    /** The first {@link #MAX_BODY} bytes of an answer; the rest is read and dropped. */
    private static final class Prefix implements Consumer<Optional<byte[]>> {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void accept(Optional<byte[]> chunk) {
            chunk.ifPresent(data -> bytes.write(data, 0, Math.min(data.length, MAX_BODY - bytes.size())));
        }

        synchronized String text() {
            return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
