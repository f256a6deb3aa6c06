package dev.laurel.server.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Webhook settings ({@code laurel.webhooks.*}).
 *
 * @param allowHttp whether endpoint URLs may be plain {@code http:}; off by default (https only), on for {@code
 *     start-dev}
 * @param trustedHosts hosts the operator vouches for, exempt from the private-address guard and allowed over http:
 *     receivers inside a closed network, tests on 127.0.0.1. Matched exactly, case-insensitively; empty by default
 * @param timeout how long a receiver has to answer one delivery (10 s by default)
 */
@ConfigurationProperties("laurel.webhooks")
record WebhookSettings(boolean allowHttp, List<String> trustedHosts, Duration timeout) {

    WebhookSettings {
        trustedHosts = trustedHosts == null
                ? List.of()
                : trustedHosts.stream()
                        .map(host -> host.strip().toLowerCase(Locale.ROOT))
                        .filter(host -> !host.isEmpty())
                        .toList();
        if (timeout == null) {
            timeout = Duration.ofSeconds(10);
        }
    }

    boolean trusted(String host) {
        return host != null && trustedHosts.contains(host.toLowerCase(Locale.ROOT));
    }
}
