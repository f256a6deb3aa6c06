package dev.laurel.server.issuing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.signing.ProofFormat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every badge, as a collection; and each badge's image. */
@Repository
public class Badges {

    private static final String COLUMNS = "id, organization_id, name, description, criteria_narrative, criteria_url, "
            + "image_type, achievement_type, tags, skills, alignments, credits_available, validity_months, "
            + "proof_format, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    Badges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Badge> find(BadgeId id) {
        return jdbc.sql("select " + COLUMNS + " from badges where id = :id")
                .param("id", id.value())
                .query(Badges::badge)
                .optional();
    }

    public List<Badge> of(OrganizationId organizationId) {
        return jdbc.sql("select " + COLUMNS + " from badges where organization_id = :org order by lower(name)")
                .param("org", organizationId.value())
                .query(Badges::badge)
                .list();
    }

    /** The badge's image and media type. */
    public Optional<Image> image(BadgeId id) {
        return jdbc.sql("select image, image_type from badges where id = :id")
                .param("id", id.value())
                .query((rs, row) -> new Image(rs.getBytes("image"), rs.getString("image_type")))
                .optional();
    }

    /** An image and its media type. */
    public record Image(byte[] bytes, String mediaType) {}

    void add(Badge badge, byte[] image) {
        jdbc.sql("""
                        insert into badges (id, organization_id, name, description, criteria_narrative, criteria_url,
                            image, image_type, achievement_type, tags, skills, alignments, credits_available,
                            validity_months, proof_format, created_at, updated_at)
                        values (:id, :org, :name, :description, :narrative, :criteriaUrl, :image, :imageType, :type,
                            cast(:tags as jsonb), cast(:skills as jsonb), cast(:alignments as jsonb), :credits,
                            :validity, :format, :now, :now)
                        """).params(fields(badge, image, badge.imageType())).update();
    }

    void update(Badge badge, byte[] image) {
        jdbc.sql("""
                        update badges set name = :name, description = :description, criteria_narrative = :narrative,
                            criteria_url = :criteriaUrl, achievement_type = :type, tags = cast(:tags as jsonb),
                            skills = cast(:skills as jsonb), alignments = cast(:alignments as jsonb),
                            credits_available = :credits, validity_months = :validity, proof_format = :format,
                            image = coalesce(:image, image), image_type = coalesce(:imageType, image_type),
                            updated_at = :now
                        where id = :id
                        """)
                .params(fields(badge, image, image == null ? null : badge.imageType()))
                .update();
    }

    void delete(BadgeId id) {
        jdbc.sql("delete from badges where id = :id").param("id", id.value()).update();
    }

    private java.util.Map<String, Object> fields(Badge badge, byte[] image, String imageType) {
        java.util.Map<String, Object> fields = new java.util.HashMap<>();
        fields.put("id", badge.id().value());
        fields.put("org", badge.organizationId().value());
        fields.put("image", image);
        fields.put("imageType", imageType);
        fields.put("now", Timestamp.from(clock.instant()));
        fields.put("name", badge.name());
        fields.put("description", badge.description());
        fields.put("narrative", badge.criteriaNarrative());
        fields.put("criteriaUrl", badge.criteriaUrl());
        fields.put("type", badge.achievementType());
        fields.put("tags", strings(badge.tags()));
        fields.put("skills", strings(badge.skills()));
        fields.put("alignments", alignments(badge.alignments()));
        fields.put("credits", badge.creditsAvailable());
        fields.put("validity", badge.validityMonths());
        fields.put("format", badge.proofFormat().key());
        return fields;
    }

    private static String strings(List<String> values) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        values.forEach(array::add);
        return Json.write(array);
    }

    private static String alignments(List<BadgeAlignment> alignments) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (BadgeAlignment alignment : alignments) {
            array.addObject()
                    .put("framework", alignment.framework())
                    .put("code", alignment.code())
                    .put("name", alignment.name())
                    .put("url", alignment.url());
        }
        return Json.write(array);
    }

    private static Badge badge(ResultSet rs, int row) throws SQLException {
        List<String> tags = new ArrayList<>();
        Json.parse(rs.getString("tags")).forEach(tag -> tags.add(tag.asText()));
        List<String> skills = new ArrayList<>();
        Json.parse(rs.getString("skills")).forEach(skill -> skills.add(skill.asText()));
        List<BadgeAlignment> alignments = new ArrayList<>();
        for (JsonNode a : Json.parse(rs.getString("alignments"))) {
            alignments.add(new BadgeAlignment(
                    a.path("framework").asText(null),
                    a.path("code").asText(null),
                    a.path("name").asText(null),
                    a.path("url").asText(null)));
        }
        return new Badge(
                new BadgeId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("criteria_narrative"),
                rs.getString("criteria_url"),
                rs.getString("image_type"),
                rs.getString("achievement_type"),
                tags,
                skills,
                alignments,
                rs.getBigDecimal("credits_available"),
                rs.getObject("validity_months", Integer.class),
                ProofFormat.parse(rs.getString("proof_format")),
                rs.getTimestamp("created_at").toInstant());
    }
}
