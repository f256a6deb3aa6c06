package dev.laurel.server.certificates;

import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.organizations.OrganizationId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each badge's certificate design, as a collection: a badge with none has {@link CertificateDesign#DEFAULT}. The
 * caller checks who may change a badge; this only stores. Thread-safe.
 */
@Service
public class CertificateDesigns {

    private final JdbcClient jdbc;
    private final Clock clock;

    CertificateDesigns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The design the badge's issuer chose, if any. */
    public Optional<CertificateDesign> chosen(BadgeId badge) {
        return jdbc.sql("select template, paper, orientation from certificate_settings where badge_id = :badge")
                .param("badge", badge.value())
                .query((rs, row) -> new CertificateDesign(
                        CertificateTemplate.of(rs.getString("template")).orElseThrow(),
                        Paper.of(rs.getString("paper")).orElseThrow(),
                        Orientation.of(rs.getString("orientation")).orElseThrow()))
                .optional();
    }

    /** The design the badge's certificates are made with. */
    public CertificateDesign of(BadgeId badge) {
        return chosen(badge).orElse(CertificateDesign.DEFAULT);
    }

    /** Sets the badge's design. */
    public void save(OrganizationId organization, BadgeId badge, CertificateDesign design) {
        jdbc.sql("""
                        insert into certificate_settings (badge_id, organization_id, template, paper, orientation,
                                                          updated_at)
                        values (:badge, :org, :template, :paper, :orientation, :now)
                        on conflict (badge_id) do update
                            set template = excluded.template, paper = excluded.paper,
                                orientation = excluded.orientation, updated_at = excluded.updated_at
                        """)
                .param("badge", badge.value())
                .param("org", organization.value())
                .param("template", design.template().key())
                .param("paper", design.paper().key())
                .param("orientation", design.orientation().key())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
