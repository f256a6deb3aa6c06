package dev.laurel.server.platform;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Laurel's own settings ({@code laurel.*}); {@code bin/laurel start} maps the {@code LAUREL_*} environment onto them.
 *
 * @param baseUrl the public URL of this Laurel: links in mails, credential and profile URLs, the did:web host
 * @param masterKey the base64 master key, or empty when {@code masterKeyFile} holds it
 * @param masterKeyFile the file holding the base64 master key
 * @param dataDirectory where a development start keeps its data; null in production
 * @param mailFrom the sender address of mail
 * @param devOutbox whether the development mail outbox page is served (development only)
 */
@ConfigurationProperties("laurel")
public record LaurelSettings(
        URI baseUrl, String masterKey, String masterKeyFile, Path dataDirectory, String mailFrom, boolean devOutbox) {

    public LaurelSettings {
        if (baseUrl == null) {
            baseUrl = URI.create("http://localhost:8080");
        }
        String text = baseUrl.toString();
        if (text.endsWith("/")) {
            baseUrl = URI.create(text.substring(0, text.length() - 1));
        }
        if (mailFrom == null || mailFrom.isBlank()) {
            mailFrom = "laurel@" + baseUrl.getHost();
        }
    }

    /** An absolute URL on this Laurel for {@code path} (which starts with '/'). */
    public String url(String path) {
        return baseUrl + path;
    }

    /**
     * The did:web host part for this Laurel: the host, with {@code %3A} and the port when it is not the scheme's
     * default, then the base path's segments, colon-separated.
     */
    public String didWebPrefix() {
        StringBuilder did = new StringBuilder("did:web:").append(baseUrl.getHost());
        if (baseUrl.getPort() != -1) {
            did.append("%3A").append(baseUrl.getPort());
        }
        String path = baseUrl.getPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            for (String segment : path.substring(1).split("/")) {
                did.append(':').append(segment);
            }
        }
        return did.toString();
    }
}
