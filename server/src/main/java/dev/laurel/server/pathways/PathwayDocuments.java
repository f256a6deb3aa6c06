package dev.laurel.server.pathways;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.signing.IssuerKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The machine-readable documents of a published pathway: the Open Badges 3.0 Achievement of its goal ({@link
 * PathwayAchievement}) and its CTDL graph ({@link PathwayCtdl}). An unpublished or unknown pathway has none.
 */
@Component
class PathwayDocuments {

    private final Pathways pathways;
    private final Badges badges;
    private final Organizations organizations;
    private final IssuerKeys issuerKeys;
    private final LaurelSettings settings;

    PathwayDocuments(
            Pathways pathways,
            Badges badges,
            Organizations organizations,
            IssuerKeys issuerKeys,
            LaurelSettings settings) {
        this.pathways = pathways;
        this.badges = badges;
        this.organizations = organizations;
        this.issuerKeys = issuerKeys;
        this.settings = settings;
    }

    /** The goal Achievement of the published pathway {@code id}, as JSON-LD. */
    Optional<ObjectNode> achievement(PathwayId id) {
        return published(id).map(PathwayAchievement::of);
    }

    /** The CTDL graph of the published pathway {@code id}. */
    Optional<ObjectNode> ctdl(PathwayId id) {
        return published(id).map(PathwayCtdl::of);
    }

    Optional<PublishedPathway> published(PathwayId id) {
        Optional<Pathway> pathway = pathways.find(id).filter(Pathway::published);
        if (pathway.isEmpty()) {
            return Optional.empty();
        }
        Optional<Organization> organization = organizations.find(pathway.get().organizationId());
        if (organization.isEmpty()) {
            return Optional.empty();
        }
        Map<BadgeId, Badge> named = new LinkedHashMap<>();
        name(named, pathway.get().goal());
        pathway.get().steps().flatten().forEach(step -> {
            if (step instanceof Step.OwnBadge own) {
                name(named, own.badge());
            } else if (step instanceof Step.Group group && group.milestone() != null) {
                name(named, group.milestone());
            }
        });
        return Optional.of(new PublishedPathway(
                pathway.get(),
                organization.get(),
                issuerKeys.issuerDid(organization.get().id().value()),
                named,
                settings.url("")));
    }

    private void name(Map<BadgeId, Badge> named, BadgeId id) {
        if (!named.containsKey(id)) {
            badges.find(id).ifPresent(badge -> named.put(id, badge));
        }
    }
}
