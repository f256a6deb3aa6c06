package dev.laurel.server.verification;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** {@code POST /verify} as API clients and browsers send it: a multipart file, or the form field {@code credential}. */
final class VerifyRequests {

    static final String JSON = "application/json";
    static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    VerifyRequests(int port) {
        this.port = port;
    }

    HttpResponse<String> text(String credential, String accept) {
        return send(
                "application/x-www-form-urlencoded",
                ("credential=" + URLEncoder.encode(credential, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8),
                accept);
    }

    HttpResponse<String> file(String name, byte[] content, String accept) {
        return multipart(name, content, null, accept);
    }

    /** A multipart form with the file field (when {@code name} is not null) and the text field (when not null). */
    HttpResponse<String> multipart(String name, byte[] content, String credential, String accept) {
        String boundary = "laurel-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (name != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (credential != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"credential\"\r\n\r\n"
                            + credential + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("multipart/form-data; boundary=" + boundary, body.toByteArray(), accept);
    }

    HttpResponse<String> send(String contentType, byte[] body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/verify"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
