package dev.laurel.server.issuing.artwork;

import dev.laurel.server.organizations.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The designs each organization keeps for reuse, as a collection: one per name, saving under a name again replaces it.
 * Callers check who may read or save them.
 */
@Repository
public class ArtworkTemplates {

    /** The longest template name. */
    public static final int MAX_NAME = 80;

    private final JdbcClient jdbc;
    private final Clock clock;

    ArtworkTemplates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A kept design and its name. */
    public record Template(UUID id, String name, Artwork artwork) {}

    /** The organization's templates, by name. */
    public List<Template> of(OrganizationId organization) {
        return jdbc.sql(
                        "select id, name, artwork from artwork_templates where organization_id = :org order by lower(name)")
                .param("org", organization.value())
                .query((rs, row) -> new Template(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        ArtworkJson.read(rs.getString("artwork"))))
                .list();
    }

    /** One of the organization's templates. */
    public Optional<Template> find(OrganizationId organization, UUID id) {
        return jdbc.sql("select id, name, artwork from artwork_templates where organization_id = :org and id = :id")
                .param("org", organization.value())
                .param("id", id)
                .query(ArtworkTemplates::template)
                .optional();
    }

    private static Template template(ResultSet rs, int row) throws SQLException {
        return new Template(
                rs.getObject("id", UUID.class), rs.getString("name"), ArtworkJson.read(rs.getString("artwork")));
    }

    /** Keeps the design under the name (stripped, at most {@link #MAX_NAME} characters), replacing one so named. */
    public Template save(OrganizationId organization, String name, Artwork artwork) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new IllegalArgumentException("a template name has 1 to " + MAX_NAME + " characters");
        }
        UUID id = jdbc.sql("""
                        insert into artwork_templates (id, organization_id, name, artwork, created_at, updated_at)
                        values (:id, :org, :name, cast(:artwork as jsonb), :now, :now)
                        on conflict (organization_id, name)
                        do update set artwork = excluded.artwork, updated_at = excluded.updated_at
                        returning id
                        """)
                .param("id", UUID.randomUUID())
                .param("org", organization.value())
                .param("name", stripped)
                .param("artwork", ArtworkJson.write(artwork))
                .param("now", Timestamp.from(clock.instant()))
                .query(UUID.class)
                .single();
        return new Template(id, stripped, artwork);
    }
}
