package dev.laurel.server.presentations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The person verifying, as plain HTTP: starts a wallet request on /verify and reads its page. */
final class VerifierPage {

    private static final Pattern LINK = Pattern.compile("href=\"(openid4vp://[^\"]+)\"");

    private final String origin;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String path;

    /** Posts the "Verify from a wallet" form and follows to the request's page. */
    VerifierPage(int port) {
        this.origin = "http://localhost:" + port;
        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(origin + "/verify/wallet"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (started.statusCode() != 302 && started.statusCode() != 303) {
            throw new AssertionError("not started: " + started.statusCode() + " " + started.body());
        }
        this.path = URI.create(started.headers().firstValue("Location").orElseThrow())
                .getPath();
    }

    String path() {
        return path;
    }

    /** The page's wallet link, as a person would copy it from the button. */
    String link() {
        Matcher matcher = LINK.matcher(page());
        if (!matcher.find()) {
            throw new AssertionError("no wallet link on the page");
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    String page() {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).GET()).body();
    }

    /** What the page's polling gets now. */
    String outcome() {
        return send(HttpRequest.newBuilder(URI.create(origin + path + "/outcome"))
                        .GET())
                .body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
