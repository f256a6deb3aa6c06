package dev.laurel.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A delivery's refusal says the same of a private host and of an unknown one, and nothing of how either resolves:
 * the organization's admin reads it, and must not learn the instance's internal names (issue 12, item 11).
 */
class DestinationsTest {

    private final Destinations destinations =
            new Destinations(new WebhookSettings(false, List.of(), Duration.ofSeconds(5)));

    @Test
    void refusesAPrivateAndAnUnknownHostAlikeWithoutSayingHowTheyResolve() {
        String loopback =
                destinations.refusal(URI.create("https://localhost/hook")).orElseThrow();
        String unknown = destinations
                .refusal(URI.create("https://no-such-host.invalid/hook"))
                .orElseThrow();

        assertThat(loopback).isEqualTo(unknown).doesNotContain("localhost", "loopback", "127.0.0.1", "::1", "unknown");
        assertThat(loopback).contains("public addresses only");
    }
}
