package dev.laurel.server.backpack;

import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.LaurelSettings;
import org.springframework.stereotype.Component;

/** The absolute URLs of a backpack item — public page, image, embeddable card — and its share links. */
@Component
class ItemLinks {

    private final Organizations organizations;
    private final LifecyclePolicies policies;
    private final LaurelSettings settings;

    ItemLinks(Organizations organizations, LifecyclePolicies policies, LaurelSettings settings) {
        this.organizations = organizations;
        this.policies = policies;
        this.settings = settings;
    }

    /**
     * Whether the earner is offered share buttons: not for a credential issued here that has expired when its badge
     * hides share buttons once expired (the issuer's rule); its public page then says it expired.
     */
    boolean shareable(Backpack.Entry entry) {
        return entry.issued() == null
                || entry.standing() != Standing.EXPIRED
                || !policies.of(entry.issued().organizationId(), entry.issued().badgeId())
                        .hideShareWhenExpired();
    }

    /** This Laurel's public URL of {@code path}. */
    String url(String path) {
        return settings.url(path);
    }

    String page(Item item) {
        return settings.url(item.publicPath());
    }

    String image(Backpack.Entry entry) {
        return settings.url(entry.imagePath());
    }

    ShareLinks share(Backpack.Entry entry) {
        Item item = entry.item();
        Organization issuer = entry.issued() == null
                ? null
                : organizations.find(entry.issued().organizationId()).orElse(null);
        return ShareLinks.of(new ShareLinks.Subject(
                item.facts().name(),
                issuer != null ? issuer.name() : item.facts().issuerName(),
                issuer != null ? issuer.linkedinOrganizationId() : null,
                item.facts().issuedAt(),
                item.facts().validUntil(),
                item.imported() ? item.id().toString() : item.credentialId().toString(),
                page(item),
                image(entry),
                settings.url("/embed/" + item.id())));
    }
}
