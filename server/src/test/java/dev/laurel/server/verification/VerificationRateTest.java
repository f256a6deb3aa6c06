package dev.laurel.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.json.Json;
import dev.laurel.server.ServerTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Verifications are rate-limited per client address (laurel.verify.rate.per-minute: 120 in the tests, so one comes
 * back each half second): beyond, {@code /verify} and the credential page's live check answer 429 with Retry-After,
 * and other clients are not affected (issue 12, item 5). Each client here is a loopback address of its own, as the
 * other tests use 127.0.0.1; each refusal is checked right after the client's bucket is emptied.
 */
class VerificationRateTest extends ServerTest {

    private static final int PER_MINUTE = 120;

    @Test
    void aClientBeyondItsRateGets429WithRetryAfterOnEveryVerifyingRoute() throws Exception {
        HttpClient chatty = client("127.0.0.77");
        int allowed = empty(chatty);
        assertThat(allowed).as("verifications allowed at once").isBetween(PER_MINUTE, PER_MINUTE + 10);

        // Each route's first refusal is checked: the bucket refills while the test runs (120 a minute here), so a
        // request sent after emptying it could be let through.
        HttpResponse<String> refused = untilRefused(() -> post(chatty, VerifyRequests.JSON), 400);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Json.parse(refused.body()).get("code").asText()).isEqualTo("verify.rate-limited");

        HttpResponse<String> page = untilRefused(() -> post(chatty, VerifyRequests.HTML), 400);
        assertThat(page.body()).contains("Too many verifications");

        HttpResponse<String> liveCheck = untilRefused(() -> get(chatty, "/c/no-such-credential/verification"), 404);
        assertThat(liveCheck.headers().firstValue("Retry-After")).isPresent();
        assertThat(liveCheck.body()).contains("try again in");

        assertThat(get(chatty, "/verify").statusCode())
                .as("the form itself is not counted")
                .isEqualTo(200);
        HttpClient other = client("127.0.0.78");
        assertThat(post(other, VerifyRequests.JSON).statusCode()).isEqualTo(400);
        assertThat(get(other, "/c/no-such-credential/verification").statusCode())
                .isEqualTo(404);
    }

    /** Sends {@code request} until it is refused (429), each answer before being {@code otherwise}; the refusal. */
    private HttpResponse<String> untilRefused(
            java.util.function.Supplier<HttpResponse<String>> request, int otherwise) {
        for (int answered = 0; answered < 2 * PER_MINUTE; answered++) {
            HttpResponse<String> response = request.get();
            if (response.statusCode() == 429) {
                return response;
            }
            assertThat(response.statusCode()).as(response.body()).isEqualTo(otherwise);
        }
        throw new AssertionError("never refused");
    }

    /** Verifies (nothing: no input, answered 400 but counted) until refused; how many were answered before. */
    private int empty(HttpClient client) {
        for (int answered = 0; answered < 2 * PER_MINUTE; answered++) {
            int status = post(client, VerifyRequests.JSON).statusCode();
            if (status == 429) {
                return answered;
            }
            assertThat(status).isEqualTo(400);
        }
        throw new AssertionError("never refused");
    }

    private static HttpClient client(String address) throws IOException {
        return HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(address))
                .build();
    }

    private HttpResponse<String> post(HttpClient client, String accept) {
        return send(
                client,
                HttpRequest.newBuilder(uri("/verify"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", accept)
                        .POST(HttpRequest.BodyPublishers.ofString("credential=")));
    }

    private HttpResponse<String> get(HttpClient client, String path) {
        return send(client, HttpRequest.newBuilder(uri(path)).header("Accept", VerifyRequests.HTML));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
