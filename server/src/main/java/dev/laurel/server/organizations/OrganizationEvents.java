package dev.laurel.server.organizations;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** What happens to organizations, for the modules that follow along (signing keys, the audit log). */
public final class OrganizationEvents {

    private OrganizationEvents() {}

    /** A new organization, with its creator as owner. */
    @NamedInterface("events")
    public record OrganizationCreated(OrganizationId organizationId, String name, UUID createdBy) {}

    /** Its public profile changed. */
    @NamedInterface("events")
    public record ProfileUpdated(OrganizationId organizationId, UUID updatedBy) {}

    /** Someone was invited to join with a role. */
    @NamedInterface("events")
    public record MemberInvited(OrganizationId organizationId, String email, Role role, UUID invitedBy) {}

    /** An invitation was accepted. */
    @NamedInterface("events")
    public record MemberJoined(OrganizationId organizationId, UUID accountId, Role role) {}

    /** A member's role changed, or the member was removed ({@code role} null). */
    @NamedInterface("events")
    public record MemberChanged(OrganizationId organizationId, UUID accountId, Role role, UUID changedBy) {}
}
