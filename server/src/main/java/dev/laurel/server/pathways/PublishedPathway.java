package dev.laurel.server.pathways;

import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeAlignment;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.organizations.Organization;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A published pathway with what its public documents name: the organization, its issuer id, and every badge of the
 * organization the pathway names (goal, milestones, steps), by id.
 *
 * @param pathway the pathway, published
 * @param organization the organization it belongs to
 * @param issuerId the organization's issuer id (its did:web), as its credentials name it
 * @param badges the organization's badges the pathway names, by id; a badge deleted since is absent
 * @param baseUrl this Laurel's public URL, without a trailing '/'
 */
record PublishedPathway(
        Pathway pathway, Organization organization, String issuerId, Map<BadgeId, Badge> badges, String baseUrl) {

    PublishedPathway {
        Objects.requireNonNull(pathway, "pathway");
        badges = Map.copyOf(badges);
    }

    /** The pathway's public page, {@code BASE/pathways/ID}: also the id of the pathway in its CTDL graph. */
    String page() {
        return baseUrl + "/pathways/" + pathway.id();
    }

    /** The address of a step of the pathway: its page with the step's id as fragment. */
    String step(Step step) {
        return page() + "#" + step.id();
    }

    /** The achievement id of a badge of this Laurel, {@code BASE/badges/ID}, as its credentials name it. */
    String achievement(BadgeId badge) {
        return baseUrl + "/badges/" + badge.value();
    }

    /** The image of a badge of this Laurel. */
    String image(BadgeId badge) {
        return achievement(badge) + "/image";
    }

    /** The badge's name, or a neutral label when it was deleted since the pathway was saved. */
    String name(BadgeId badge) {
        Badge found = badges.get(badge);
        return found == null ? "Badge " + badge.value() : found.name();
    }

    Badge goal() {
        return badges.get(pathway.goal());
    }

    /**
     * The framework item a skill requirement names, as one of the pathway's badges aligns to it (by URL or code, case
     * ignored, as pathways match skills): its name and framework for the documents; empty when no badge has it.
     */
    Optional<BadgeAlignment> alignment(String skill) {
        return badges.values().stream()
                .flatMap(badge -> badge.alignments().stream())
                .filter(a -> skill.equalsIgnoreCase(a.url()) || skill.equalsIgnoreCase(a.code()))
                .findFirst();
    }
}
