package dev.laurel.server.endorsements;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.model.CredentialJson;
import dev.laurel.credentials.model.CredentialSchema;
import dev.laurel.credentials.model.CredentialStatus;
import dev.laurel.credentials.model.EndorsementCredential;
import dev.laurel.credentials.model.EndorsementSubject;
import dev.laurel.credentials.model.IdentifierEntry;
import dev.laurel.credentials.model.Image;
import dev.laurel.credentials.model.Profile;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.platform.LaurelSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Writes the unsigned Open Badges 3.0 EndorsementCredential: its id under {@code /endorsements/}, the endorser's
 * issuer profile, the endorsed thing's id as {@code credentialSubject.id} with the comment, the revocation status entry
 * and the 1EdTech schema it conforms to.
 */
@Component
class EndorsementDocuments {

    /** VC 2.0, Open Badges 3.0.3, and the 1EdTech extensions that define the credentialSchema type. */
    static final String[] CONTEXTS = {
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"
    };

    static final String SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json";

    private final LaurelSettings settings;
    private final SecureRandom random = new SecureRandom();

    EndorsementDocuments(LaurelSettings settings) {
        this.settings = settings;
    }

    /** The endorsement {@code id} by {@code issuer} of {@code subject}; {@code comment} may be null. */
    ObjectNode build(
            EndorsementId id,
            Profile issuer,
            Endorsed subject,
            String comment,
            Instant now,
            EndorsementStatusLists.Position status) {
        EndorsementCredential credential = EndorsementCredential.builder()
                .context(CONTEXTS)
                .id(settings.url("/endorsements/" + id))
                .name("Endorsement by " + issuer.name())
                .issuer(issuer)
                .validFrom(now)
                .credentialSubject(EndorsementSubject.of(subject.id(), comment))
                .credentialStatus(CredentialStatus.bitstringStatusListEntry(
                        status.url() + "#" + status.index(), "revocation", status.index(), status.url()))
                .credentialSchema(CredentialSchema.of(SCHEMA, "1EdTechJsonSchemaValidator2019"))
                .build();
        return CredentialJson.write(credential);
    }

    /** An organization of this Laurel, as its credentials name it. */
    Profile organization(Organization organization, String did) {
        Profile.Builder profile = Profile.builder().id(did).type("Profile").name(organization.name());
        if (organization.url() != null) {
            profile.url(organization.url());
        }
        if (organization.email() != null) {
            profile.email(organization.email());
        }
        if (organization.description() != null) {
            profile.description(organization.description());
        }
        if (organization.hasImage()) {
            profile.image(Image.of(settings.url("/issuers/" + organization.id() + "/image")));
        }
        return profile.build();
    }

    /**
     * A person who proved their address, signed for by the platform ({@code platformDid}): their name, role and
     * organization, their address only as a salted SHA-256 hash, and a description that says so.
     */
    Profile verifiedEmail(Endorser.VerifiedEmail person, String platformDid) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String hash = sha256(
                person.email().strip().toLowerCase(Locale.ROOT) + HexFormat.of().formatHex(salt));
        StringBuilder description = new StringBuilder();
        if (blank(person.role()) && !blank(person.organizationName())) {
            description.append(person.organizationName().strip()).append(". ");
        } else if (!blank(person.role())) {
            description.append(person.role().strip());
            if (!blank(person.organizationName())) {
                description.append(", ").append(person.organizationName().strip());
            }
            description.append(". ");
        }
        description
                .append("Their e-mail address was verified by ")
                .append(settings.baseUrl())
                .append(
                        ", which signed this endorsement on their behalf; it holds the address only salted and hashed.");
        return Profile.builder()
                .id(platformDid)
                .type("Profile")
                .name(person.name().strip())
                .description(description.toString())
                .otherIdentifier(IdentifierEntry.of("sha256$" + hash, "emailAddress"))
                .build();
    }

    /** A key of the endorser's own: the profile names its controller and the endorser. */
    Profile keyed(Endorser.Keyed keyed) {
        return Profile.builder()
                .id(keyed.issuerId())
                .type("Profile")
                .name(keyed.name())
                .build();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
