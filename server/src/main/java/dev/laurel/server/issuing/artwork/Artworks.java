package dev.laurel.server.issuing.artwork;

import dev.laurel.server.issuing.BadgeId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The artwork each drawn badge's image came from, as a collection keyed by badge. */
@Repository
public class Artworks {

    private final JdbcClient jdbc;
    private final Clock clock;

    Artworks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The artwork the badge's image was drawn from; empty when its image was uploaded. */
    public Optional<Artwork> of(BadgeId badge) {
        return jdbc.sql("select artwork from badge_artworks where badge_id = :badge")
                .param("badge", badge.value())
                .query((rs, row) -> ArtworkJson.read(rs.getString("artwork")))
                .optional();
    }

    /** Records the artwork the badge's image was drawn from, replacing any before. */
    public void keep(BadgeId badge, Artwork artwork) {
        jdbc.sql("""
                        insert into badge_artworks (badge_id, artwork, updated_at)
                        values (:badge, cast(:artwork as jsonb), :now)
                        on conflict (badge_id) do update set artwork = excluded.artwork, updated_at = excluded.updated_at
                        """)
                .param("badge", badge.value())
                .param("artwork", ArtworkJson.write(artwork))
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Forgets the badge's artwork: its image is now an upload. */
    public void forget(BadgeId badge) {
        jdbc.sql("delete from badge_artworks where badge_id = :badge")
                .param("badge", badge.value())
                .update();
    }
}
