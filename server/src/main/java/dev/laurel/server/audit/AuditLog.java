package dev.laurel.server.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every organization's audit log, as a collection that only grows: the database refuses updates and deletes (see
 * {@code V7__audit.sql}).
 */
@Repository
class AuditLog {

    private static final TypeReference<LinkedHashMap<String, Object>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.clock = clock;
    }

    /** Appends {@code entry} in the caller's transaction, so it commits or rolls back with the action it records. */
    @Transactional(propagation = Propagation.MANDATORY)
    void append(AuditEntry entry) {
        jdbc.sql("""
                        insert into audit_log (organization_id, actor_account_id, action, subject, details, at)
                        values (:org, :actor, :action, :subject, cast(:details as jsonb), :at)
                        """)
                .param("org", entry.organizationId())
                .param("actor", entry.actorAccountId())
                .param("action", entry.action())
                .param("subject", entry.subject())
                .param("details", json.writeValueAsString(entry.details()))
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** Appends many entries in one batch, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void appendAll(List<AuditEntry> entries) {
        Timestamp at = Timestamp.from(clock.instant());
        batch.batchUpdate(
                """
                insert into audit_log (organization_id, actor_account_id, action, subject, details, at)
                values (?, ?, ?, ?, cast(? as jsonb), ?)
                """,
                entries.stream()
                        .map(entry -> new Object[] {
                            entry.organizationId(),
                            entry.actorAccountId(),
                            entry.action(),
                            entry.subject(),
                            json.writeValueAsString(entry.details()),
                            at
                        })
                        .toList(),
                new int[] {
                    java.sql.Types.OTHER,
                    java.sql.Types.OTHER,
                    java.sql.Types.VARCHAR,
                    java.sql.Types.VARCHAR,
                    java.sql.Types.VARCHAR,
                    java.sql.Types.TIMESTAMP
                });
    }

    /**
     * Replaces with "deleted earner" the subject of every membership entry that names the person — an invitation to
     * one of their addresses, or their joining, role changes and removal, by account — in every organization: the one
     * update the database allows (see {@code V7__audit.sql}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void forgetMember(UUID accountId, List<String> addresses) {
        jdbc.sql("""
                        update audit_log set subject = 'deleted earner'
                        where action like 'member.%' and subject <> 'deleted earner'
                            and (lower(subject) = any(:addresses) or details ->> 'account' = :account)
                        """)
                .param("addresses", addresses.toArray(String[]::new))
                .param("account", accountId.toString())
                .update();
    }

    /**
     * Replaces the subject of the organization's "credential.issued" entries for these credentials — the earner's name
     * and address — with "deleted earner": the one update the database allows (see {@code V7__audit.sql}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void forgetRecipient(UUID organizationId, List<UUID> credentialIds) {
        jdbc.sql("""
                        update audit_log set subject = 'deleted earner'
                        where organization_id = :org and action = 'credential.issued'
                            and details ->> 'credential' = any(:ids)
                        """)
                .param("org", organizationId)
                .param("ids", credentialIds.stream().map(UUID::toString).toArray(String[]::new))
                .update();
    }

    /** Whether the organization's log has an entry of {@code action} whose detail {@code detail} is {@code value}. */
    boolean recorded(UUID organizationId, String action, String detail, String value) {
        return jdbc.sql("""
                        select exists (select 1 from audit_log
                            where organization_id = :org and action = :action and details ->> :detail = :value)
                        """)
                .param("org", organizationId)
                .param("action", action)
                .param("detail", detail)
                .param("value", value)
                .query(Boolean.class)
                .single();
    }

    /** A recorded action. */
    record Recorded(
            long id, UUID actorAccountId, String action, String subject, Map<String, Object> details, Instant at) {}

    /** Up to {@code limit} entries of the organization, newest first, older than the entry {@code before} if given. */
    List<Recorded> newestFirst(UUID organizationId, Long before, int limit) {
        return jdbc.sql("""
                        select id, actor_account_id, action, subject, details::text as details, at from audit_log
                        where organization_id = :org and id < :before order by id desc limit :limit
                        """)
                .param("org", organizationId)
                .param("before", before == null ? Long.MAX_VALUE : before)
                .param("limit", limit)
                .query((rs, row) -> new Recorded(
                        rs.getLong("id"),
                        rs.getObject("actor_account_id", UUID.class),
                        rs.getString("action"),
                        rs.getString("subject"),
                        json.readValue(rs.getString("details"), DETAILS),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }
}
