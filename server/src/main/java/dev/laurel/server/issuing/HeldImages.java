package dev.laurel.server.issuing;

import dev.laurel.server.platform.UploadedImage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Badge images a form accepted while another field was wrong, kept so the form shown again still has them: each for
 * the account that uploaded it, until the badge is saved with it, or for a day.
 */
@Repository
class HeldImages {

    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    HeldImages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps {@code image} for the account; forgets images held longer than a day. */
    UUID hold(UUID accountId, UploadedImage.Checked image) {
        Instant now = clock.instant();
        jdbc.sql("delete from held_uploads where created_at < :before")
                .param("before", Timestamp.from(now.minus(KEPT)))
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into held_uploads (id, account_id, bytes, media_type, width, height, created_at)
                        values (:id, :account, :bytes, :type, :width, :height, :now)
                        """)
                .param("id", id)
                .param("account", accountId)
                .param("bytes", image.bytes())
                .param("type", image.mediaType())
                .param("width", image.width())
                .param("height", image.height())
                .param("now", Timestamp.from(now))
                .update();
        return id;
    }

    /** The image held under {@code id} for this account, unless a day has passed. */
    Optional<UploadedImage.Checked> find(UUID id, UUID accountId) {
        return jdbc.sql("""
                        select bytes, media_type, width, height from held_uploads
                        where id = :id and account_id = :account and created_at >= :since
                        """)
                .param("id", id)
                .param("account", accountId)
                .param("since", Timestamp.from(clock.instant().minus(KEPT)))
                .query((rs, row) -> new UploadedImage.Checked(
                        rs.getBytes("bytes"), rs.getString("media_type"), rs.getInt("width"), rs.getInt("height")))
                .optional();
    }

    void forget(UUID id) {
        jdbc.sql("delete from held_uploads where id = :id").param("id", id).update();
    }
}
