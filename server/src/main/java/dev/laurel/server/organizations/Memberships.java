package dev.laurel.server.organizations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who belongs to which organization, with which role. */
@Repository
class Memberships {

    private final JdbcClient jdbc;
    private final Clock clock;

    Memberships(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Role> role(OrganizationId organizationId, UUID accountId) {
        return jdbc.sql("select role from memberships where organization_id = :org and account_id = :account")
                .param("org", organizationId.value())
                .param("account", accountId)
                .query(String.class)
                .optional()
                .map(Role::parse);
    }

    void put(OrganizationId organizationId, UUID accountId, Role role) {
        jdbc.sql("""
                        insert into memberships (organization_id, account_id, role, joined_at)
                        values (:org, :account, :role, :now)
                        on conflict (organization_id, account_id) do update set role = excluded.role
                        """)
                .param("org", organizationId.value())
                .param("account", accountId)
                .param("role", role.key())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    void remove(OrganizationId organizationId, UUID accountId) {
        jdbc.sql("delete from memberships where organization_id = :org and account_id = :account")
                .param("org", organizationId.value())
                .param("account", accountId)
                .update();
    }

    long owners(OrganizationId organizationId) {
        return jdbc.sql("select count(*) from memberships where organization_id = :org and role = 'owner'")
                .param("org", organizationId.value())
                .query(Long.class)
                .single();
    }

    /** A member as the members page lists them. */
    record Member(UUID accountId, String name, String email, Role role, Instant joinedAt) {}

    List<Member> of(OrganizationId organizationId) {
        return jdbc.sql("""
                        select a.id, a.display_name, a.email, m.role, m.joined_at from memberships m
                        join accounts a on a.id = m.account_id where m.organization_id = :org
                        order by m.joined_at
                        """)
                .param("org", organizationId.value())
                .query((rs, row) -> new Member(
                        rs.getObject("id", UUID.class),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        Role.parse(rs.getString("role")),
                        rs.getTimestamp("joined_at").toInstant()))
                .list();
    }
}
