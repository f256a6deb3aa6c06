package dev.laurel.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signature scheme against the Standard Webhooks reference vector, and the retry schedule. */
class StandardWebhooksTest {

    /** The vector the Standard Webhooks reference libraries test with. */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTheReferenceVector() {
        assertThat(StandardWebhooks.signature(List.of(StandardWebhooks.key(SECRET)), ID, TIMESTAMP, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signsWithEveryKeySpaceSeparatedCurrentFirst() {
        byte[] current = StandardWebhooks.newKey();
        String both = StandardWebhooks.signature(List.of(current, StandardWebhooks.key(SECRET)), ID, TIMESTAMP, BODY);
        String[] signatures = both.split(" ");
        assertThat(signatures).hasSize(2);
        assertThat(signatures[0]).isEqualTo(StandardWebhooks.signature(List.of(current), ID, TIMESTAMP, BODY));
        assertThat(signatures[1]).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void newSecretsAreWhsecWith32RandomBytes() {
        byte[] key = StandardWebhooks.newKey();
        String secret = StandardWebhooks.secret(key);
        assertThat(secret).startsWith("whsec_").hasSize(6 + 44);
        assertThat(StandardWebhooks.key(secret)).isEqualTo(key);
        assertThat(StandardWebhooks.newKey()).isNotEqualTo(key);
        assertThatThrownBy(() -> StandardWebhooks.key("sk_abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retriesBackOffExponentiallyAndStopWithin24Hours() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 20).stream().map(Backoff::after))
                .containsExactly(
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(10),
                        Duration.ofMinutes(30),
                        Duration.ofHours(1),
                        Duration.ofHours(2),
                        Duration.ofHours(4),
                        Duration.ofHours(4),
                        Duration.ofHours(4));
        assertThat(Backoff.after(3, 1.0)).isEqualTo(Duration.ofMinutes(11));
        Duration elapsed = Duration.ZERO;
        int attempts = 1;
        while (!elapsed.plus(Backoff.after(attempts)).minus(Backoff.WINDOW).isPositive()) {
            elapsed = elapsed.plus(Backoff.after(attempts));
            attempts++;
        }
        assertThat(attempts).as("attempts within 24 h, the first at once").isEqualTo(12);
    }
}
