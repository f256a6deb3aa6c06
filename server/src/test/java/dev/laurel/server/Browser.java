package dev.laurel.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP user agent for feature tests: keeps cookies (the session), follows redirects, and sends the CSRF token
 * of the last page it read with every form it posts — what a browser does, without the browser.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String origin;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrf;

    /** What the server answered. */
    public record Page(int status, String body, URI uri) {}

    public Browser(int port) {
        this.origin = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public Page get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build());
    }

    /** Posts a form, with the CSRF token of the page read last (read {@code csrfFrom} first when none was). */
    public Page post(String path, Map<String, String> fields) {
        return postForm(path, List.copyOf(fields.entrySet()));
    }

    /** Posts a form whose fields may repeat (checkboxes), with the CSRF token as {@link #post} does. */
    public Page postForm(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
        if (csrf != null) {
            all.add(Map.entry("_csrf", csrf));
        }
        String body = all.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Posts a multipart form with one file field and text fields. */
    public Page postMultipart(
            String path,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String contentType,
            byte[] file) {
        String boundary = "----laurel" + UUID.randomUUID();
        var out = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        try {
            for (var field : all.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                                + "\"\r\n\r\n" + field.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (fileField != null) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(file);
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build());
    }

    /**
     * What a request of another client needs to act as this browser: its {@code Cookie} header (the session) and the
     * {@code X-CSRF-TOKEN} header with the CSRF token of the page read last.
     */
    public java.util.Map<String, String> sessionHeaders() {
        String cookie = cookies.getCookieStore().get(URI.create(origin)).stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        return java.util.Map.of("Cookie", cookie, "X-CSRF-TOKEN", csrf);
    }

    /** Sends any request with this browser's cookies. */
    public HttpResponse<byte[]> raw(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : origin + pathOrUrl);
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(response.statusCode(), response.body(), response.uri());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
