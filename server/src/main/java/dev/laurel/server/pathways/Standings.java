package dev.laurel.server.pathways;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Earners' standings on pathways ({@code pathway_earners}) and the milestones awarded to them ({@code pathway_awards}). */
@Repository
class Standings {

    /** An earner's standing as last evaluated. */
    record Standing(String email, Set<String> completedSteps, int percent, Instant completedAt) {}

    /** Where a milestone of an earner stands: to be issued, issued, or suspended while its credentials are not current. */
    enum State {
        DUE,
        AWARDED,
        SUSPENDED;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A milestone of an earner. */
    record Award(String stepId, String email, State state, java.util.UUID credentialId) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Standings(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Map<String, Standing> of(PathwayId pathway, Collection<String> emails) {
        Map<String, Standing> out = new HashMap<>();
        if (emails.isEmpty()) {
            return out;
        }
        jdbc.sql("select email, completed_steps, percent, completed_at from pathway_earners "
                        + "where pathway_id = :id and email in (:emails)")
                .param("id", pathway.value())
                .param("emails", List.copyOf(emails))
                .query(rs -> {
                    Timestamp completed = rs.getTimestamp("completed_at");
                    Array steps = rs.getArray("completed_steps");
                    out.put(
                            rs.getString("email"),
                            new Standing(
                                    rs.getString("email"),
                                    new TreeSet<>(Arrays.asList((String[]) steps.getArray())),
                                    rs.getInt("percent"),
                                    completed == null ? null : completed.toInstant()));
                });
        return out;
    }

    /** Writes the standings, creating rows that do not exist. */
    void save(PathwayId pathway, List<Standing> standings, Instant now) {
        if (standings.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into pathway_earners (pathway_id, email, completed_steps, percent, completed_at, evaluated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (pathway_id, email) do update set completed_steps = excluded.completed_steps,
                    percent = excluded.percent,
                    completed_at = coalesce(pathway_earners.completed_at, excluded.completed_at),
                    evaluated_at = excluded.evaluated_at""", standings, 500, (ps, standing) -> {
            ps.setObject(1, pathway.value());
            ps.setString(2, standing.email());
            ps.setArray(
                    3,
                    ps.getConnection()
                            .createArrayOf("text", standing.completedSteps().toArray()));
            ps.setInt(4, standing.percent());
            ps.setTimestamp(5, standing.completedAt() == null ? null : Timestamp.from(standing.completedAt()));
            ps.setTimestamp(6, Timestamp.from(now));
        });
    }

    Map<String, Award> awards(PathwayId pathway, Collection<String> emails) {
        Map<String, Award> out = new HashMap<>();
        if (emails.isEmpty()) {
            return out;
        }
        jdbc.sql("select step_id, email, state, credential_id from pathway_awards "
                        + "where pathway_id = :id and email in (:emails)")
                .param("id", pathway.value())
                .param("emails", List.copyOf(emails))
                .query(rs -> {
                    Award award = award(rs);
                    out.put(key(award.stepId(), award.email()), award);
                });
        return out;
    }

    static String key(String stepId, String email) {
        return stepId + "|" + email;
    }

    /** Marks a milestone due; false when it is there already. */
    boolean due(PathwayId pathway, String stepId, String email, Instant now) {
        return jdbc.sql("insert into pathway_awards (pathway_id, step_id, email, state, due_at) "
                                + "values (:id, :step, :email, 'due', :now) on conflict do nothing")
                        .param("id", pathway.value())
                        .param("step", stepId)
                        .param("email", email)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /** The milestone, its row locked until the caller's transaction ends. */
    java.util.Optional<Award> lock(PathwayId pathway, String stepId, String email) {
        return jdbc.sql("select step_id, email, state, credential_id from pathway_awards "
                        + "where pathway_id = :id and step_id = :step and email = :email for update")
                .param("id", pathway.value())
                .param("step", stepId)
                .param("email", email)
                .query((rs, row) -> award(rs))
                .optional();
    }

    void awarded(PathwayId pathway, String stepId, String email, java.util.UUID credentialId, Instant now) {
        jdbc.sql("update pathway_awards set state = 'awarded', credential_id = :credential, awarded_at = :now "
                        + "where pathway_id = :id and step_id = :step and email = :email")
                .param("id", pathway.value())
                .param("step", stepId)
                .param("email", email)
                .param("credential", credentialId)
                .param("now", Timestamp.from(now))
                .update();
    }

    void state(PathwayId pathway, String stepId, String email, State state) {
        jdbc.sql("update pathway_awards set state = :state "
                        + "where pathway_id = :id and step_id = :step and email = :email")
                .param("id", pathway.value())
                .param("step", stepId)
                .param("email", email)
                .param("state", state.key())
                .update();
    }

    void forget(PathwayId pathway, String stepId, String email) {
        jdbc.sql("delete from pathway_awards where pathway_id = :id and step_id = :step and email = :email "
                        + "and state = 'due'")
                .param("id", pathway.value())
                .param("step", stepId)
                .param("email", email)
                .update();
    }

    private static Award award(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Award(
                rs.getString("step_id"),
                rs.getString("email"),
                State.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
                rs.getObject("credential_id", java.util.UUID.class));
    }
}
