package dev.laurel.server.hooks;

import dev.laurel.server.signing.ProofFormat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every hook mapping, as a collection. Every method takes the organization and finds nothing of another one.
 * Thread-safe.
 */
@Repository
class HookMappings {

    private static final String COLUMNS = "id, organization_id, name, achievement_id, event_id_pointer, email_pointer,"
            + " name_pointer, narrative_pointer, evidence_pointer, issued_on_pointer, condition_pointer,"
            + " condition_value, format, enabled, created_at, updated_at";

    private final JdbcClient jdbc;

    HookMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(HookMapping mapping) {
        jdbc.sql("insert into hook_mappings (" + COLUMNS + ") values (:id, :org, :name, :achievement, :eventId,"
                        + " :email, :recipientName, :narrative, :evidence, :issuedOn, :conditionPointer,"
                        + " :conditionValue, :format, :enabled, :createdAt, :updatedAt)")
                .params(params(mapping))
                .update();
    }

    Optional<HookMapping> find(UUID organizationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from hook_mappings where id = :id and organization_id = :org")
                .param("id", id)
                .param("org", organizationId)
                .query(HookMappings::mapping)
                .optional();
    }

    /** The organization's mappings, oldest first. */
    List<HookMapping> of(UUID organizationId) {
        return jdbc.sql("select " + COLUMNS
                        + " from hook_mappings where organization_id = :org order by created_at, id")
                .param("org", organizationId)
                .query(HookMappings::mapping)
                .list();
    }

    /**
     * How many mappings the organization has, holding until the transaction ends a lock that makes other counts of the
     * same organization wait: so a limit checked with it holds under concurrent creation.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int countLocked(UUID organizationId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('hook-mappings:' || :org))")
                .param("org", organizationId.toString())
                .query((rs, row) -> null)
                .list();
        return jdbc.sql("select count(*) from hook_mappings where organization_id = :org")
                .param("org", organizationId)
                .query(Integer.class)
                .single();
    }

    /** Saves everything but the id, organization and creation time; false when there is no such mapping. */
    boolean update(HookMapping mapping) {
        return jdbc.sql("""
                                update hook_mappings set name = :name, achievement_id = :achievement,
                                    event_id_pointer = :eventId, email_pointer = :email,
                                    name_pointer = :recipientName, narrative_pointer = :narrative,
                                    evidence_pointer = :evidence, issued_on_pointer = :issuedOn,
                                    condition_pointer = :conditionPointer, condition_value = :conditionValue,
                                    format = :format, enabled = :enabled, updated_at = :updatedAt
                                where id = :id and organization_id = :org
                                """).params(params(mapping)).update() > 0;
    }

    /** Deletes the mapping and its event log; false when there is no such mapping. */
    boolean delete(UUID organizationId, UUID id) {
        return jdbc.sql("delete from hook_mappings where id = :id and organization_id = :org")
                        .param("id", id)
                        .param("org", organizationId)
                        .update()
                > 0;
    }

    private static Map<String, Object> params(HookMapping mapping) {
        HookMapping.Pointers pointers = mapping.pointers();
        Map<String, Object> params = new HashMap<>();
        params.put("id", mapping.id());
        params.put("org", mapping.organizationId());
        params.put("name", mapping.name());
        params.put("achievement", mapping.achievementId());
        params.put("eventId", pointers.eventId().text());
        params.put("email", pointers.recipientEmail().text());
        params.put("recipientName", text(pointers.recipientName()));
        params.put("narrative", text(pointers.narrative()));
        params.put("evidence", text(pointers.evidence()));
        params.put("issuedOn", text(pointers.issuedOn()));
        params.put(
                "conditionPointer",
                mapping.condition() == null
                        ? null
                        : mapping.condition().pointer().text());
        params.put(
                "conditionValue",
                mapping.condition() == null ? null : mapping.condition().equals());
        params.put("format", mapping.format() == null ? null : mapping.format().key());
        params.put("enabled", mapping.enabled());
        params.put("createdAt", Timestamp.from(mapping.createdAt()));
        params.put("updatedAt", Timestamp.from(mapping.updatedAt()));
        return params;
    }

    private static String text(Pointer pointer) {
        return pointer == null ? null : pointer.text();
    }

    private static HookMapping mapping(ResultSet rs, int row) throws SQLException {
        String conditionPointer = rs.getString("condition_pointer");
        String format = rs.getString("format");
        return new HookMapping(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getString("name"),
                rs.getObject("achievement_id", UUID.class),
                new HookMapping.Pointers(
                        new Pointer(rs.getString("event_id_pointer")),
                        new Pointer(rs.getString("email_pointer")),
                        Pointer.optional(rs.getString("name_pointer")),
                        Pointer.optional(rs.getString("narrative_pointer")),
                        Pointer.optional(rs.getString("evidence_pointer")),
                        Pointer.optional(rs.getString("issued_on_pointer"))),
                conditionPointer == null
                        ? null
                        : new HookMapping.Condition(new Pointer(conditionPointer), rs.getString("condition_value")),
                format == null ? null : ProofFormat.parse(format),
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
