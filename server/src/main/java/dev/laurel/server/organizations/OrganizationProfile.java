package dev.laurel.server.organizations;

import dev.laurel.server.platform.HttpIri;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable profile of an organization, as its form submits it; the LinkedIn id is digits only. */
public record OrganizationProfile(
        @NotBlank(message = "{organization.name.required}") @Size(max = 200, message = "{organization.name.long}")
        String name,

        @HttpIri(message = "{organization.url.invalid}") @Size(max = 500)
        String url,

        @Email(message = "{organization.email.invalid}") @Size(max = 254)
        String email,

        @Size(max = 2000, message = "{organization.description.long}")
        String description,

        @Pattern(regexp = "^$|^[0-9]{1,20}$", message = "{organization.linkedin.invalid}")
        String linkedinOrganizationId) {

    public OrganizationProfile {
        name = trimToNull(name);
        url = trimToNull(url);
        email = trimToNull(email);
        description = trimToNull(description);
        linkedinOrganizationId = trimToNull(linkedinOrganizationId);
    }

    static OrganizationProfile of(Organization organization) {
        return new OrganizationProfile(
                organization.name(),
                organization.url(),
                organization.email(),
                organization.description(),
                organization.linkedinOrganizationId());
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
