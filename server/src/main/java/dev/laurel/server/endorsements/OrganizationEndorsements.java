package dev.laurel.server.endorsements;

import dev.laurel.server.endorsements.OrganizationEndorsement.State;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.platform.LaurelSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations endorsing other organizations' badges and issuer profiles: the endorsing organization's owners or
 * admins propose (signed at once with its key) and may revoke; the endorsed organization's owners or admins accept or
 * decline. Accepted, unrevoked endorsements are embedded in the endorsed organization's credentials issued afterwards.
 */
@Component
class OrganizationEndorsements {

    private final JdbcClient jdbc;
    private final Endorsements endorsements;
    private final EndorsementRows rows;
    private final Badges badges;
    private final Organizations organizations;
    private final TenantAccess access;
    private final LaurelSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganizationEndorsements(
            JdbcClient jdbc,
            Endorsements endorsements,
            EndorsementRows rows,
            Badges badges,
            Organizations organizations,
            TenantAccess access,
            LaurelSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.endorsements = endorsements;
        this.rows = rows;
        this.badges = badges;
        this.organizations = organizations;
        this.access = access;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** What an endorsement names: a badge of this Laurel, or an issuer's profile. */
    private record Target(OrganizationId organization, BadgeId badge, Endorsed subject, String name) {}

    /**
     * {@code endorsing} endorses the badge or issuer profile {@code subject} names, pending the endorsed
     * organization's decision.
     *
     * @throws dev.laurel.server.platform.Problem {@link EndorsementError#UNKNOWN_ACHIEVEMENT}, {@link
     *     EndorsementError#UNKNOWN_PROFILE}, {@link EndorsementError#OWN_BADGE}, {@link
     *     EndorsementError#DUPLICATE_PENDING}, {@link EndorsementError#COMMENT_TOO_LONG}
     * @throws org.springframework.security.access.AccessDeniedException unless an owner or admin (or a key) of
     *     {@code endorsing} acts
     */
    @Transactional
    OrganizationEndorsement propose(OrganizationId endorsing, Actor actor, Endorsed subject, String comment) {
        access.require(endorsing, actor, Role.ADMIN);
        Target target = target(subject);
        if (target.organization().equals(endorsing)) {
            throw EndorsementError.OWN_BADGE.problem(
                    "An organization cannot endorse its own " + (target.badge() == null ? "profile." : "badge."));
        }
        if (comment != null && comment.strip().length() > Endorsements.MAX_COMMENT) {
            throw EndorsementError.COMMENT_TOO_LONG.problem("A comment is at most " + Endorsements.MAX_COMMENT
                    + " characters; this one has " + comment.strip().length() + ".");
        }
        if (rows.pending(endorsing, target.organization(), target.badge())) {
            throw duplicate();
        }
        GivenEndorsement given =
                endorsements.give(new Endorser.Organization(endorsing.value()), target.subject(), comment);
        try {
            jdbc.sql("""
                            insert into organization_endorsements (endorsement_id, endorsing_organization_id,
                                endorsed_organization_id, badge_id, state, created_at)
                            values (:id, :endorsing, :endorsed, :badge, 'pending', :now)
                            """)
                    .param("id", given.id().value())
                    .param("endorsing", endorsing.value())
                    .param("endorsed", target.organization().value())
                    .param(
                            "badge",
                            target.badge() == null ? null : target.badge().value())
                    .param("now", Timestamp.from(given.issuedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate();
        }
        OrganizationEndorsement made = rows.find(given.id()).orElseThrow();
        events.publishEvent(new EndorsementEvents.EndorsementRequested(made.between(), actor.recorded()));
        return made;
    }

    /** The endorsed organization accepts: its credentials issued from now on embed the endorsement. */
    @Transactional
    OrganizationEndorsement accept(EndorsementId id, OrganizationId caller, Actor actor) {
        OrganizationEndorsement endorsement = decidable(id, caller, actor);
        decide(endorsement, State.ACCEPTED);
        events.publishEvent(new EndorsementEvents.EndorsementAccepted(endorsement.between(), actor.recorded()));
        return rows.find(id).orElseThrow();
    }

    /** The endorsed organization declines: the endorsement is never embedded. */
    @Transactional
    OrganizationEndorsement decline(EndorsementId id, OrganizationId caller, Actor actor) {
        OrganizationEndorsement endorsement = decidable(id, caller, actor);
        decide(endorsement, State.DECLINED);
        events.publishEvent(new EndorsementEvents.EndorsementDeclined(endorsement.between(), actor.recorded()));
        return rows.find(id).orElseThrow();
    }

    /**
     * The endorsing organization revokes: the endorsement is withdrawn (its status bit set), no longer embedded, and
     * verifiers report it withdrawn wherever it was. Revoking again changes nothing.
     */
    @Transactional
    OrganizationEndorsement revoke(EndorsementId id, OrganizationId caller, Actor actor) {
        OrganizationEndorsement endorsement = visible(id, caller);
        if (!endorsement.endorsing().equals(caller)) {
            throw EndorsementError.NOT_YOURS.problem("Only the endorsing organization revokes an endorsement.");
        }
        access.require(caller, actor, Role.ADMIN);
        if (!endorsement.withdrawn()) {
            endorsements.withdraw(id);
            events.publishEvent(new EndorsementEvents.EndorsementRevoked(endorsement.between(), actor.recorded()));
        }
        return rows.find(id).orElseThrow();
    }

    /** The endorsement, when {@code caller} endorsed or is endorsed by it. */
    OrganizationEndorsement visible(EndorsementId id, OrganizationId caller) {
        return rows.find(id)
                .filter(e -> e.endorsing().equals(caller) || e.endorsed().equals(caller))
                .orElseThrow(() -> EndorsementError.NOT_FOUND.problem("There is no endorsement " + id + " of yours."));
    }

    private OrganizationEndorsement decidable(EndorsementId id, OrganizationId caller, Actor actor) {
        OrganizationEndorsement endorsement = visible(id, caller);
        if (!endorsement.endorsed().equals(caller)) {
            throw EndorsementError.NOT_YOURS.problem("Only the endorsed organization accepts or declines.");
        }
        access.require(caller, actor, Role.ADMIN);
        if (endorsement.state() != State.PENDING || endorsement.withdrawn()) {
            throw EndorsementError.ALREADY_DECIDED.problem("This endorsement is "
                    + (endorsement.withdrawn()
                            ? "withdrawn"
                            : endorsement.state().key()) + " already.");
        }
        return endorsement;
    }

    private void decide(OrganizationEndorsement endorsement, State state) {
        jdbc.sql("""
                        update organization_endorsements set state = :state, decided_at = :now
                        where endorsement_id = :id and state = 'pending'
                        """)
                .param("state", state.key())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", endorsement.id().value())
                .update();
    }

    private Target target(Endorsed subject) {
        return switch (subject) {
            case Endorsed.Achievement achievement ->
                badge(achievement.achievementId())
                        .map(badge -> new Target(badge.organizationId(), badge.id(), subject, badge.name()))
                        .orElseThrow(() -> EndorsementError.UNKNOWN_ACHIEVEMENT.problem(
                                "No badge of this Laurel has the achievement id " + achievement.achievementId() + "."));
            case Endorsed.Profile profile ->
                issuer(profile.profileId())
                        .map(organization -> new Target(organization.id(), null, subject, organization.name()))
                        .orElseThrow(() -> EndorsementError.UNKNOWN_PROFILE.problem(
                                "No issuer of this Laurel has the profile id " + profile.profileId() + "."));
            case Endorsed.Credential ignored ->
                throw new IllegalArgumentException("organizations endorse badges and issuer profiles");
        };
    }

    /** The badge of this Laurel whose achievement id is {@code id} ({@code BASE/badges/UUID}). */
    Optional<Badge> badge(String id) {
        return after(id, settings.url("/badges/")).flatMap(uuid -> badges.find(new BadgeId(uuid)));
    }

    /** The organization of this Laurel whose issuer id is {@code id} ({@code did:web:HOST:issuers:UUID}). */
    Optional<Organization> issuer(String id) {
        return after(id, settings.didWebPrefix() + ":issuers:")
                .flatMap(uuid -> organizations.find(new OrganizationId(uuid)));
    }

    private static Optional<UUID> after(String id, String prefix) {
        if (id == null || !id.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.substring(prefix.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static RuntimeException duplicate() {
        return EndorsementError.DUPLICATE_PENDING.problem(
                "Your organization's endorsement of this is already waiting for the endorsed organization's decision.");
    }
}
