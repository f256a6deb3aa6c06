package dev.laurel.server.endorsements;

import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import org.springframework.modulith.NamedInterface;

/** What happens to endorsements, for the modules that follow along (webhooks, the audit log). */
public final class EndorsementEvents {

    private EndorsementEvents() {}

    /** An endorsement was withdrawn: its status bit is set, so verifiers report it withdrawn. */
    @NamedInterface("events")
    public record EndorsementWithdrawn(EndorsementId id, String subjectId) {}

    /**
     * What one organization's endorsement of another's badge or issuer profile is about.
     *
     * @param subjectId the endorsed achievement's or profile's id
     * @param subjectName the badge's or organization's name
     */
    @NamedInterface("events")
    public record Between(
            EndorsementId id,
            OrganizationId endorsing,
            String endorsingName,
            OrganizationId endorsed,
            String subjectId,
            String subjectName) {}

    /** An organization endorsed another's badge or profile: the endorsed organization may accept or decline it. */
    @NamedInterface("events")
    public record EndorsementRequested(Between endorsement, Actor actor) {}

    /** The endorsed organization accepted: credentials it issues from now on embed the endorsement. */
    @NamedInterface("events")
    public record EndorsementAccepted(Between endorsement, Actor actor) {}

    /** The endorsed organization declined. */
    @NamedInterface("events")
    public record EndorsementDeclined(Between endorsement, Actor actor) {}

    /** The endorsing organization revoked its endorsement (withdrawn: its status bit is set). */
    @NamedInterface("events")
    public record EndorsementRevoked(Between endorsement, Actor actor) {}
}
