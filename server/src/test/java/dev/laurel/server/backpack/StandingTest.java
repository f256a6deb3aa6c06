package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StandingTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void anImportWithoutExpiryIsActive() {
        assertThat(Backpack.standing(item(null), null, NOW)).isEqualTo(Standing.ACTIVE);
    }

    @Test
    void expiringWithinThirtyDaysIsExpiringSoon() {
        assertThat(Backpack.standing(item(NOW.plus(Duration.ofDays(29))), null, NOW))
                .isEqualTo(Standing.EXPIRING);
        assertThat(Backpack.standing(item(NOW.plus(Duration.ofDays(31))), null, NOW))
                .isEqualTo(Standing.ACTIVE);
    }

    @Test
    void pastItsValidUntilItIsExpired() {
        assertThat(Backpack.standing(item(NOW), null, NOW)).isEqualTo(Standing.EXPIRED);
        assertThat(Backpack.standing(item(NOW.minusSeconds(1)), null, NOW)).isEqualTo(Standing.EXPIRED);
    }

    @Test
    void anImportItsIssuerRevokedOrSuspendedStandsSoWhateverItsDates() {
        assertThat(Backpack.standing(item(null, Standing.REVOKED), null, NOW)).isEqualTo(Standing.REVOKED);
        assertThat(Backpack.standing(item(NOW.plus(Duration.ofDays(3)), Standing.SUSPENDED), null, NOW))
                .isEqualTo(Standing.SUSPENDED);
        assertThat(Backpack.standing(item(NOW.minusSeconds(1), Standing.REVOKED), null, NOW))
                .isEqualTo(Standing.REVOKED);
    }

    private static Item item(Instant validUntil) {
        return item(validUntil, Standing.ACTIVE);
    }

    private static Item item(Instant validUntil, Standing status) {
        return new Item(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "json",
                "upload.json",
                "ob3 data-integrity",
                new ItemFacts(
                        "Teamwork",
                        "Elsewhere",
                        "did:key:z",
                        null,
                        List.of(),
                        List.of(),
                        NOW.minusSeconds(86400),
                        validUntil),
                Visibility.LINK,
                NOW,
                true,
                new Item.Check(status, NOW, NOW, null));
    }
}
