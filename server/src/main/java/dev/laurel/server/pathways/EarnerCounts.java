package dev.laurel.server.pathways;

import dev.laurel.server.organizations.OrganizationId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many earners each of an organization's pathways has, and how many of them completed it: one query. */
@Component
class EarnerCounts {

    /** One pathway's counts. */
    record Count(int earners, int completed) {
        static final Count NONE = new Count(0, 0);
    }

    private final JdbcClient jdbc;

    EarnerCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<PathwayId, Count> of(OrganizationId organization) {
        Map<PathwayId, Count> counts = new HashMap<>();
        jdbc.sql("""
                        select e.pathway_id, count(*) as earners, count(e.completed_at) as completed
                        from pathway_earners e join pathways p on p.id = e.pathway_id
                        where p.organization_id = :org group by e.pathway_id""").param("org", organization.value()).query(rs -> {
            counts.put(
                    new PathwayId(rs.getObject("pathway_id", UUID.class)),
                    new Count(rs.getInt("earners"), rs.getInt("completed")));
        });
        return counts;
    }
}
