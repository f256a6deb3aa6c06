package dev.laurel.server.endorsements;

import org.springframework.modulith.NamedInterface;

/** What happens to endorsements, for the modules that follow along (webhooks, the audit log). */
public final class EndorsementEvents {

    private EndorsementEvents() {}

    /** An endorsement was withdrawn: its status bit is set, so verifiers report it withdrawn. */
    @NamedInterface("events")
    public record EndorsementWithdrawn(EndorsementId id, String subjectId) {}
}
