package dev.laurel.server.organizations;

import java.time.Instant;

/**
 * An issuing organization and its public profile (the Open Badges 3.0 Profile of its credentials' issuer).
 *
 * @param id the organization's id, also the last segment of its did:web
 * @param name the display name
 * @param url its web site, or null
 * @param email its contact address, or null
 * @param description a short description, or null
 * @param imageType the media type of its logo, or null when it has none
 * @param createdAt when it was created
 * @param linkedinOrganizationId its LinkedIn company page's numeric id, or null: earners' "Add to profile" links name
 *     the organization by it
 */
public record Organization(
        OrganizationId id,
        String name,
        String url,
        String email,
        String description,
        String imageType,
        Instant createdAt,
        String linkedinOrganizationId) {

    public boolean hasImage() {
        return imageType != null;
    }
}
