package dev.laurel.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Moving the platform clock through {@code POST /dev/clock}, as a person trying Laurel would. */
final class Clocks {

    private Clocks() {}

    static void advance(int port, String duration) {
        try {
            HttpResponse<String> moved = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dev/clock"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"advance\": \"" + duration + "\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
