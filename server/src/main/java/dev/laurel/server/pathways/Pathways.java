package dev.laurel.server.pathways;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.platform.LaurelSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every pathway, as a collection: organizations' members (issuers and up) and API keys create, change, publish and
 * delete them; anyone reads a published one.
 */
@Service
public class Pathways {

    private static final String COLUMNS = "id, organization_id, name, description, goal_badge_id, steps, "
            + "require_current, published, created_at, updated_at";

    private final JdbcClient jdbc;
    private final Badges badges;
    private final TenantAccess access;
    private final ApplicationEventPublisher events;
    private final LaurelSettings settings;
    private final Clock clock;

    Pathways(
            JdbcClient jdbc,
            Badges badges,
            TenantAccess access,
            ApplicationEventPublisher events,
            LaurelSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.badges = badges;
        this.access = access;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public Pathway create(OrganizationId organizationId, Actor actor, PathwayDraft draft) {
        access.require(organizationId, actor, Role.ISSUER);
        check(organizationId, draft);
        Instant now = clock.instant();
        Pathway pathway = new Pathway(
                PathwayId.random(),
                organizationId,
                draft.name().strip(),
                draft.description() == null ? "" : draft.description().strip(),
                draft.goal(),
                draft.steps(),
                draft.requireCurrent(),
                false,
                now,
                now);
        jdbc.sql("""
                        insert into pathways (id, organization_id, name, description, goal_badge_id, steps,
                            require_current, published, created_at, updated_at)
                        values (:id, :org, :name, :description, :goal, cast(:steps as jsonb), :requireCurrent, false,
                            :now, :now)""")
                .param("id", pathway.id().value())
                .param("org", organizationId.value())
                .param("name", pathway.name())
                .param("description", pathway.description())
                .param("goal", draft.goal().value())
                .param("steps", StepJson.write(draft.steps()).toString())
                .param("requireCurrent", draft.requireCurrent())
                .param("now", java.sql.Timestamp.from(now))
                .update();
        writeRequirements(pathway);
        events.publishEvent(
                new PathwayEvents.PathwaySaved(organizationId, pathway.id(), pathway.name(), actor.recorded()));
        return pathway;
    }

    @Transactional
    public Pathway update(OrganizationId organizationId, PathwayId id, Actor actor, PathwayDraft draft) {
        access.require(organizationId, actor, Role.ISSUER);
        Pathway old = lock(organizationId, id);
        check(organizationId, draft);
        Instant now = clock.instant();
        Pathway pathway = new Pathway(
                id,
                organizationId,
                draft.name().strip(),
                draft.description() == null ? "" : draft.description().strip(),
                draft.goal(),
                draft.steps(),
                draft.requireCurrent(),
                old.published(),
                old.createdAt(),
                now);
        jdbc.sql("""
                        update pathways set name = :name, description = :description, goal_badge_id = :goal,
                            steps = cast(:steps as jsonb), require_current = :requireCurrent, updated_at = :now
                        where id = :id""")
                .param("id", id.value())
                .param("name", pathway.name())
                .param("description", pathway.description())
                .param("goal", draft.goal().value())
                .param("steps", StepJson.write(draft.steps()).toString())
                .param("requireCurrent", draft.requireCurrent())
                .param("now", java.sql.Timestamp.from(now))
                .update();
        jdbc.sql("delete from pathway_requirements where pathway_id = :id")
                .param("id", id.value())
                .update();
        writeRequirements(pathway);
        events.publishEvent(new PathwayEvents.PathwaySaved(organizationId, id, pathway.name(), actor.recorded()));
        return pathway;
    }

    /** Publishes the pathway (anyone may see it at /pathways/ID) or takes it back. */
    @Transactional
    public Pathway publish(OrganizationId organizationId, PathwayId id, Actor actor, boolean published) {
        access.require(organizationId, actor, Role.ISSUER);
        Pathway pathway = lock(organizationId, id);
        jdbc.sql("update pathways set published = :published, updated_at = :now where id = :id")
                .param("id", id.value())
                .param("published", published)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(
                new PathwayEvents.PathwayPublished(organizationId, id, pathway.name(), published, actor.recorded()));
        return require(organizationId, id);
    }

    /** Deletes a pathway nothing was awarded for yet; one with awards is unpublished instead ({@code pathway.in-use}). */
    @Transactional
    public void delete(OrganizationId organizationId, PathwayId id, Actor actor) {
        access.require(organizationId, actor, Role.ISSUER);
        Pathway pathway = lock(organizationId, id);
        boolean awarded = jdbc.sql("select exists (select 1 from pathway_awards where pathway_id = :id)")
                .param("id", id.value())
                .query(Boolean.class)
                .single();
        if (awarded) {
            throw PathwayError.IN_USE.problem("Milestones of '" + pathway.name()
                    + "' were awarded: unpublish it instead, so its earners' credentials keep their evidence.");
        }
        jdbc.sql("delete from pathways where id = :id").param("id", id.value()).update();
        events.publishEvent(new PathwayEvents.PathwayDeleted(organizationId, id, pathway.name(), actor.recorded()));
    }

    public Optional<Pathway> find(PathwayId id) {
        return jdbc.sql("select " + COLUMNS + " from pathways where id = :id")
                .param("id", id.value())
                .query(this::pathway)
                .optional();
    }

    /** The organization's pathway, or {@code pathway.not-found} (another organization's included). */
    public Pathway require(OrganizationId organizationId, PathwayId id) {
        return find(id).filter(p -> p.organizationId().equals(organizationId))
                .orElseThrow(() -> PathwayError.NOT_FOUND.problem("No pathway " + id + " in this organization."));
    }

    /** The organization's pathways, by name. */
    public List<Pathway> of(OrganizationId organizationId) {
        return jdbc.sql("select " + COLUMNS + " from pathways where organization_id = :org order by lower(name), id")
                .param("org", organizationId.value())
                .query(this::pathway)
                .list();
    }

    /** The pathways that count {@code touches}: a badge, an achievement, an issuer or a skill. */
    List<Pathway> touching(Set<Touch> touches) {
        if (touches.isEmpty()) {
            return List.of();
        }
        List<Object[]> keys =
                touches.stream().map(t -> new Object[] {t.kind(), t.value()}).toList();
        return jdbc.sql("select " + COLUMNS + " from pathways where id in (select pathway_id from pathway_requirements "
                        + "where (kind, value) in (:keys))")
                .param("keys", keys)
                .query(this::pathway)
                .list();
    }

    /** Something a credential is, that a requirement may name. */
    record Touch(String kind, String value) {
        static Touch badge(BadgeId badge) {
            return new Touch("badge", badge.value().toString());
        }

        static Touch achievement(String id) {
            return new Touch("achievement", id);
        }

        static Touch issuer(String issuer) {
            return new Touch("issuer", issuer);
        }

        static Touch skill(String skill) {
            return new Touch("skill", skill.toLowerCase(Locale.ROOT));
        }
    }

    private Pathway lock(OrganizationId organizationId, PathwayId id) {
        return jdbc.sql("select " + COLUMNS + " from pathways where id = :id and organization_id = :org for update")
                .param("id", id.value())
                .param("org", organizationId.value())
                .query(this::pathway)
                .optional()
                .orElseThrow(() -> PathwayError.NOT_FOUND.problem("No pathway " + id + " in this organization."));
    }

    private void check(OrganizationId organizationId, PathwayDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw StepJson.invalid("/name", "A pathway needs a name.");
        }
        if (draft.name().strip().length() > 200) {
            throw StepJson.invalid("/name", "A pathway's name is at most 200 characters.");
        }
        if (draft.description() != null && draft.description().length() > 5000) {
            throw StepJson.invalid("/description", "A pathway's description is at most 5000 characters.");
        }
        if (draft.goal() == null) {
            throw StepJson.invalid("/goal", "A pathway needs a goal: the id of the badge awarded on completion.");
        }
        ownBadge(organizationId, draft.goal(), "/goal");
        Set<BadgeId> milestones = new LinkedHashSet<>();
        draft.steps().flatten().forEach(step -> {
            if (step instanceof Step.OwnBadge own) {
                ownBadge(organizationId, own.badge(), "/steps (step " + own.id() + ")");
            }
            if (step instanceof Step.Group group && group.milestone() != null) {
                ownBadge(organizationId, group.milestone(), "/steps (step " + group.id() + ")");
                if (group.milestone().equals(draft.goal()) || !milestones.add(group.milestone())) {
                    throw StepJson.invalid(
                            "/steps",
                            "Each milestone is a badge of its own, not the goal and not another step's milestone.");
                }
            }
        });
    }

    private void ownBadge(OrganizationId organizationId, BadgeId id, String field) {
        Optional<Badge> badge = badges.find(id).filter(b -> b.organizationId().equals(organizationId));
        if (badge.isEmpty()) {
            throw PathwayError.UNKNOWN_BADGE
                    .problem("No achievement " + id + " in this organization.")
                    .with("field", field);
        }
    }

    private void writeRequirements(Pathway pathway) {
        Set<Touch> touches = new LinkedHashSet<>();
        touches.add(Touch.badge(pathway.goal()));
        pathway.steps().flatten().forEach(step -> {
            switch (step) {
                case Step.OwnBadge own -> touches.add(Touch.badge(own.badge()));
                case Step.ExternalAchievement external -> touches.add(Touch.achievement(external.achievement()));
                case Step.IssuerBadge issuer -> touches.add(Touch.issuer(issuer.issuer()));
                case Step.Skill skill -> touches.add(Touch.skill(skill.skill()));
                case Step.Group group -> {
                    if (group.milestone() != null) {
                        touches.add(Touch.badge(group.milestone()));
                    }
                }
            }
        });
        List<Touch> rows = new ArrayList<>(touches);
        for (Touch touch : rows) {
            jdbc.sql("insert into pathway_requirements (pathway_id, kind, value) values (:id, :kind, :value) "
                            + "on conflict do nothing")
                    .param("id", pathway.id().value())
                    .param("kind", touch.kind())
                    .param("value", touch.value())
                    .update();
        }
    }

    /** The achievement id of a badge of this Laurel, as its credentials name it. */
    String achievementId(BadgeId badge) {
        return settings.url("/badges/" + badge.value());
    }

    private Pathway pathway(ResultSet rs, int row) throws SQLException {
        JsonNode steps = Json.parse(rs.getString("steps"));
        return new Pathway(
                new PathwayId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                rs.getString("name"),
                rs.getString("description"),
                new BadgeId(rs.getObject("goal_badge_id", UUID.class)),
                StepJson.parse(steps, "/steps"),
                rs.getBoolean("require_current"),
                rs.getBoolean("published"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
