package dev.laurel.server.webhooks;

import dev.laurel.credentials.http.AddressPolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go. When an endpoint is saved its URL must be absolute https (http only when {@code
 * laurel.webhooks.allow-http} is on or the host is trusted), with a host, without user information or fragment, and
 * not a private IP literal. Before every delivery the host is resolved again and the request is refused when any
 * address is loopback, private, link-local or otherwise non-public ({@link AddressPolicy}, the guard the fetcher
 * uses), unless the host is one of {@code laurel.webhooks.trusted-hosts}; the refusal, which the organization reads,
 * says the same of a host that does not resolve and tells neither how a host resolves (the server log does, INFO), so
 * it cannot be used to learn the instance's internal names. Redirects are never followed. As with the
 * fetcher, DNS rebinding between the check and the connection remains possible; deployments that need more route
 * webhooks through an egress proxy. Thread-safe.
 */
@Component
class Destinations {

    static final int MAX_URL_LENGTH = 2000;

    /** The refusal of a host that resolves to no public address, or to none at all. */
    static final String NOT_PUBLIC = "refused: not a public address; webhooks go to public addresses only";

    private static final Logger log = LoggerFactory.getLogger(Destinations.class);

    private final WebhookSettings settings;

    Destinations(WebhookSettings settings) {
        this.settings = settings;
    }

    /**
     * The URL as an endpoint keeps it.
     *
     * @throws Invalid.Exception when it may not be one
     */
    URI endpointUrl(String text) {
        if (text == null || text.isBlank()) {
            throw new Invalid.Exception(Invalid.URL_MISSING, "the webhook URL is missing");
        }
        String trimmed = text.strip();
        URI url;
        try {
            url = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new Invalid.Exception(Invalid.URL_INVALID, "'" + trimmed + "' is not a URL: " + e.getReason());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (trimmed.length() > MAX_URL_LENGTH
                || !(scheme.equals("https") || scheme.equals("http"))
                || url.getHost() == null
                || url.getRawUserInfo() != null
                || url.getRawFragment() != null) {
            throw new Invalid.Exception(
                    Invalid.URL_INVALID,
                    "the webhook URL must be an absolute https URL with a host, without user information or fragment, "
                            + "at most " + MAX_URL_LENGTH + " characters");
        }
        Optional<String> insecure = insecure(url);
        if (insecure.isPresent()) {
            throw new Invalid.Exception(Invalid.URL_NOT_HTTPS, insecure.get());
        }
        if (!settings.trusted(url.getHost()) && isIpLiteral(url.getHost())) {
            try {
                Optional<String> why = AddressPolicy.refusal(InetAddress.getByName(url.getHost()));
                if (why.isPresent()) {
                    throw new Invalid.Exception(
                            Invalid.URL_PRIVATE_ADDRESS, "the webhook URL's host is " + why.get() + ": not reachable");
                }
            } catch (UnknownHostException impossible) {
                throw new Invalid.Exception(Invalid.URL_INVALID, "'" + url.getHost() + "' is not an address");
            }
        }
        return url;
    }

    /** Why a delivery to {@code url} must not be sent now, or empty. Resolves the host. */
    Optional<String> refusal(URI url) {
        Optional<String> insecure = insecure(url);
        if (insecure.isPresent()) {
            return insecure.map(why -> "refused: " + why);
        }
        String host = url.getHost();
        if (settings.trusted(host)) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                Optional<String> why = AddressPolicy.refusal(address);
                if (why.isPresent()) {
                    log.info(
                            "webhook to {} refused: {} resolves to {} ({})",
                            url,
                            host,
                            why.get(),
                            address.getHostAddress());
                    return Optional.of(NOT_PUBLIC);
                }
            }
        } catch (UnknownHostException e) {
            log.info("webhook to {} refused: {} does not resolve", url, host);
            return Optional.of(NOT_PUBLIC);
        }
        return Optional.empty();
    }

    private Optional<String> insecure(URI url) {
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        if (https || settings.allowHttp() || settings.trusted(url.getHost())) {
            return Optional.empty();
        }
        return Optional.of(
                "webhook URLs must use https (plain http is allowed only when laurel.webhooks.allow-http " + "is set)");
    }

    private static boolean isIpLiteral(String host) {
        return host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
    }
}
