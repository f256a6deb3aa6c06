package dev.laurel.server.pathways;

import dev.laurel.server.issuing.CredentialId;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The earners on a pathway a page at a time, by address, as last evaluated — for the API's list, which a pathway with
 * a hundred thousand earners must not read whole ({@link PathwayProgress#earners} takes only a limit).
 */
@Component
class EarnerPages {

    private final JdbcClient jdbc;

    EarnerPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit} earners whose address comes after {@code after} (from the first when null). */
    List<PathwayProgress.Earner> after(Pathway pathway, String after, int limit) {
        return jdbc.sql("""
                        select e.email, e.completed_steps, e.percent, e.completed_at, e.enrolled_at, e.joined_at,
                            a.credential_id
                        from pathway_earners e
                        left join pathway_awards a on a.pathway_id = e.pathway_id and a.email = e.email
                            and a.step_id = :root and a.credential_id is not null
                        where e.pathway_id = :id and (cast(:after as text) is null or e.email > :after)
                        order by e.email
                        limit :limit""")
                .param("id", pathway.id().value())
                .param("root", pathway.steps().id())
                .param("after", after)
                .param("limit", limit)
                .query((rs, row) -> {
                    Timestamp completedAt = rs.getTimestamp("completed_at");
                    UUID goal = rs.getObject("credential_id", UUID.class);
                    return new PathwayProgress.Earner(
                            rs.getString("email"),
                            Set.copyOf(Arrays.asList(
                                    (String[]) rs.getArray("completed_steps").getArray())),
                            rs.getInt("percent"),
                            completedAt == null ? null : completedAt.toInstant(),
                            rs.getTimestamp("enrolled_at") != null,
                            rs.getTimestamp("joined_at") != null,
                            goal == null ? null : new CredentialId(goal));
                })
                .list();
    }
}
