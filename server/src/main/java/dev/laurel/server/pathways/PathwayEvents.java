package dev.laurel.server.pathways;

import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** What happens to pathways and their earners, for the modules that follow along (webhooks, the audit log). */
public final class PathwayEvents {

    private PathwayEvents() {}

    /** A pathway was created or changed. */
    @NamedInterface("events")
    public record PathwaySaved(OrganizationId organizationId, PathwayId pathwayId, String name, Actor actor) {}

    /** A pathway was published (anyone may see it) or unpublished. */
    @NamedInterface("events")
    public record PathwayPublished(
            OrganizationId organizationId, PathwayId pathwayId, String name, boolean published, Actor actor) {}

    /** A pathway nothing was awarded for was deleted. */
    @NamedInterface("events")
    public record PathwayDeleted(OrganizationId organizationId, PathwayId pathwayId, String name, Actor actor) {}

    /**
     * Earners completed steps of a pathway (a requirement met, or a group complete), in the transaction that found it:
     * one event for a whole batch of earners (a bulk issuance).
     */
    @NamedInterface("events")
    public record StepsCompleted(
            OrganizationId organizationId, PathwayId pathwayId, String pathwayName, List<Completion> completions) {

        public StepsCompleted {
            completions = List.copyOf(completions);
        }

        /**
         * One earner's completed step.
         *
         * @param email the earner's one address
         */
        @NamedInterface("events")
        public record Completion(String stepId, String stepName, String email) {}
    }

    /** An earner completed a whole pathway and its goal badge was issued to them. */
    @NamedInterface("events")
    public record PathwayCompleted(
            OrganizationId organizationId,
            PathwayId pathwayId,
            String pathwayName,
            String email,
            CredentialId goalCredential) {}
}
