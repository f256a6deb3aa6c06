package dev.laurel.server.endorsements;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.endorsements.OrganizationEndorsement.State;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.EmbeddedEndorsements;
import dev.laurel.server.organizations.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Organizations' endorsements as stored, read by id, by organization (newest first, in pages), by badge; and the
 * accepted, unrevoked ones that issuing embeds in each credential it signs.
 */
@Component
class EndorsementRows implements EmbeddedEndorsements {

    private static final String SELECT = """
            select e.id, e.credential_json, e.subject_id, e.withdrawn_at, o.endorsing_organization_id,
                endorsing.name as endorsing_name, o.endorsed_organization_id, endorsed.name as endorsed_name, o.badge_id,
                coalesce(b.name, endorsed.name) as subject_name, o.state, o.created_at, o.decided_at
            from organization_endorsements o
            join endorsements e on e.id = o.endorsement_id
            join organizations endorsing on endorsing.id = o.endorsing_organization_id
            join organizations endorsed on endorsed.id = o.endorsed_organization_id
            left join badges b on b.id = o.badge_id
            """;

    /** Where a page ended: the last endorsement's creation and id. */
    record Position(Instant createdAt, UUID id) {}

    /** Which of an organization's endorsements a list shows. */
    enum Direction {
        GIVEN,
        RECEIVED,
        BOTH
    }

    private final JdbcClient jdbc;

    EndorsementRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrganizationEndorsement> find(EndorsementId id) {
        return jdbc.sql(SELECT + " where o.endorsement_id = :id")
                .param("id", id.value())
                .query(EndorsementRows::row)
                .optional();
    }

    /** Whether {@code endorsing} has a pending endorsement of the badge (or, null, the profile) of {@code endorsed}. */
    boolean pending(OrganizationId endorsing, OrganizationId endorsed, BadgeId badge) {
        return jdbc.sql("""
                        select count(*) from organization_endorsements
                        where endorsing_organization_id = :endorsing and endorsed_organization_id = :endorsed
                          and badge_id is not distinct from :badge and state = 'pending'
                        """)
                        .param("endorsing", endorsing.value())
                        .param("endorsed", endorsed.value())
                        .param("badge", badge == null ? null : badge.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A page of the organization's endorsements, newest first, after {@code after} (null: from the start). */
    List<OrganizationEndorsement> of(OrganizationId organization, Direction direction, Position after, int limit) {
        String which =
                switch (direction) {
                    case GIVEN -> "o.endorsing_organization_id = :org";
                    case RECEIVED -> "o.endorsed_organization_id = :org";
                    case BOTH -> "(o.endorsing_organization_id = :org or o.endorsed_organization_id = :org)";
                };
        String page = after == null ? "" : " and (o.created_at, o.endorsement_id) < (:at, :after)";
        var query = jdbc.sql(SELECT + " where " + which + page
                        + " order by o.created_at desc, o.endorsement_id desc limit :limit")
                .param("org", organization.value())
                .param("limit", limit);
        if (after != null) {
            query = query.param("at", Timestamp.from(after.createdAt())).param("after", after.id());
        }
        return query.query(EndorsementRows::row).list();
    }

    /** The endorsements waiting for the organization's decision, oldest first. */
    List<OrganizationEndorsement> pendingFor(OrganizationId organization) {
        return jdbc.sql(SELECT + """
                         where o.endorsed_organization_id = :org and o.state = 'pending' and e.withdrawn_at is null
                         order by o.created_at, o.endorsement_id
                        """)
                .param("org", organization.value())
                .query(EndorsementRows::row)
                .list();
    }

    /** The accepted, unrevoked endorsements of the badge, oldest first. */
    List<OrganizationEndorsement> acceptedOf(BadgeId badge) {
        return jdbc.sql(SELECT + """
                         where o.badge_id = :badge and o.state = 'accepted' and e.withdrawn_at is null
                         order by o.decided_at, o.endorsement_id
                        """)
                .param("badge", badge.value())
                .query(EndorsementRows::row)
                .list();
    }

    /** How many accepted, unrevoked endorsements the badge has. */
    int acceptedCount(BadgeId badge) {
        return jdbc.sql("""
                        select count(*) from organization_endorsements o
                        join endorsements e on e.id = o.endorsement_id
                        where o.badge_id = :badge and o.state = 'accepted' and e.withdrawn_at is null
                        """).param("badge", badge.value()).query(Integer.class).single();
    }

    @Override
    public Embedded of(OrganizationId organization, BadgeId badge) {
        List<JsonNode> achievement = new ArrayList<>();
        List<JsonNode> issuer = new ArrayList<>();
        jdbc.sql("""
                        select o.badge_id, e.credential_json from organization_endorsements o
                        join endorsements e on e.id = o.endorsement_id
                        where o.endorsed_organization_id = :org and (o.badge_id = :badge or o.badge_id is null)
                          and o.state = 'accepted' and e.withdrawn_at is null
                        order by o.decided_at, o.endorsement_id
                        """)
                .param("org", organization.value())
                .param("badge", badge.value())
                .query((rs, row) -> {
                    (rs.getObject("badge_id") == null ? issuer : achievement)
                            .add(Json.parse(rs.getString("credential_json")));
                    return null;
                })
                .list();
        return new Embedded(achievement, issuer);
    }

    private static OrganizationEndorsement row(ResultSet rs, int row) throws SQLException {
        String json = rs.getString("credential_json");
        JsonNode comment = Json.parse(json).path("credentialSubject").path("endorsementComment");
        UUID badge = rs.getObject("badge_id", UUID.class);
        return new OrganizationEndorsement(
                new EndorsementId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("endorsing_organization_id", UUID.class)),
                rs.getString("endorsing_name"),
                new OrganizationId(rs.getObject("endorsed_organization_id", UUID.class)),
                rs.getString("endorsed_name"),
                badge == null ? null : new BadgeId(badge),
                rs.getString("subject_id"),
                rs.getString("subject_name"),
                comment.isTextual() ? comment.asText() : null,
                State.of(rs.getString("state")),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("decided_at")),
                instant(rs.getTimestamp("withdrawn_at")),
                json);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
