package dev.laurel.server.applications;

import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.organizations.OrganizationId;
import org.springframework.modulith.NamedInterface;

/** What happens to applications, for the modules that follow along (webhooks, the audit log). */
public final class ApplicationEvents {

    private ApplicationEvents() {}

    /** An earner submitted evidence: a first application ({@code version} 1) or a resubmission. */
    @NamedInterface("events")
    public record ApplicationSubmitted(
            OrganizationId organizationId,
            ApplicationId applicationId,
            BadgeId badgeId,
            String badgeName,
            int version) {}

    /**
     * A reviewer decided: asked for changes, approved (when enough approvals were reached, {@code state} is approved
     * and {@code credentialId} the credential issued) or declined.
     *
     * @param decision what the reviewer decided, as {@link Review.Decision#key()} says it
     * @param reviewer the reviewer's name
     * @param reviewerAccount the member's account that reviewed; null for an outside expert or a key
     */
    @NamedInterface("events")
    public record ApplicationDecided(
            OrganizationId organizationId,
            ApplicationId applicationId,
            BadgeId badgeId,
            String badgeName,
            String decision,
            Application.State state,
            String reviewer,
            java.util.UUID reviewerAccount,
            CredentialId credentialId) {}
}
