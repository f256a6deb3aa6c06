package dev.laurel.server.issuing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.model.Achievement;
import dev.laurel.credentials.model.AchievementCredential;
import dev.laurel.credentials.model.AchievementSubject;
import dev.laurel.credentials.model.Alignment;
import dev.laurel.credentials.model.CredentialJson;
import dev.laurel.credentials.model.CredentialSchema;
import dev.laurel.credentials.model.CredentialStatus;
import dev.laurel.credentials.model.Criteria;
import dev.laurel.credentials.model.Evidence;
import dev.laurel.credentials.model.IdentityObject;
import dev.laurel.credentials.model.Image;
import dev.laurel.credentials.model.Profile;
import dev.laurel.credentials.model.RefreshService;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.platform.LaurelSettings;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds the unsigned Open Badges 3.0 OpenBadgeCredential for an issuance: the issuer's Profile (its did:web as id),
 * the badge as the Achievement, the earner identified by their salted, hashed email and their name, evidence, the
 * revocation status entry, the 1EdTech schema it conforms to, its refresh service, and the accepted endorsements of
 * the badge and the issuer.
 */
@Component
class CredentialFactory {

    /** VC 2.0, Open Badges 3.0.3, and the 1EdTech extensions that define the credentialSchema and refresh types. */
    static final String[] CONTEXTS = {
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"
    };

    /**
     * The refresh service's type, from the 1EdTech extensions context (the VC 2.0 context defines {@code
     * refreshService}); its id answers with the current credential, the newest renewal (the lifecycle module).
     */
    static final String REFRESH_SERVICE_TYPE = "1EdTechCredentialRefresh";

    /** The name of the evidence by which a renewal names the credential it renews. */
    static final String RENEWED_EVIDENCE_NAME = "Renewed credential";

    private final LaurelSettings settings;
    private final ObjectProvider<EmbeddedEndorsements> endorsements;
    private final SecureRandom random = new SecureRandom();

    CredentialFactory(LaurelSettings settings, ObjectProvider<EmbeddedEndorsements> endorsements) {
        this.settings = settings;
        this.endorsements = endorsements;
    }

    /** What is being issued. */
    record Issue(
            UUID credentialId,
            Organization organization,
            String issuerDid,
            Badge badge,
            String recipientEmail,
            String recipientName,
            Instant validFrom,
            Instant validUntil,
            String narrative,
            List<String> evidence,
            java.math.BigDecimal creditsEarned,
            CredentialId renews,
            List<Issuance.Cited> cited,
            StatusLists.Position status,
            EmbeddedEndorsements.Embedded endorsements) {}

    /**
     * The accepted endorsements of {@code badge} and its organization, from every module that keeps some: asked once
     * per issue, however many credentials it signs, and passed to {@link #build} in {@link Issue#endorsements}.
     */
    EmbeddedEndorsements.Embedded endorsements(Organization organization, Badge badge) {
        List<JsonNode> achievement = new ArrayList<>();
        List<JsonNode> issuer = new ArrayList<>();
        for (EmbeddedEndorsements source : endorsements) {
            EmbeddedEndorsements.Embedded embedded = source.of(organization.id(), badge.id());
            achievement.addAll(embedded.achievement());
            issuer.addAll(embedded.issuer());
        }
        return new EmbeddedEndorsements.Embedded(achievement, issuer);
    }

    ObjectNode build(Issue issue) {
        AchievementCredential.Builder credential = AchievementCredential.builder()
                .context(CONTEXTS)
                .id(settings.url("/c/" + issue.credentialId()))
                .name(issue.badge().name())
                .issuer(profile(issue.organization(), issue.issuerDid()))
                .validFrom(issue.validFrom())
                .credentialSubject(subject(issue))
                .credentialStatus(CredentialStatus.bitstringStatusListEntry(
                        issue.status().url() + "#" + issue.status().index(),
                        "revocation",
                        issue.status().index(),
                        issue.status().url()))
                .credentialSchema(CredentialSchema.achievementCredential())
                .refreshService(RefreshService.of(
                        settings.url("/c/" + issue.credentialId() + "/refresh"), REFRESH_SERVICE_TYPE));
        if (issue.validUntil() != null) {
            credential.validUntil(issue.validUntil());
        }
        List<Evidence> evidence = new java.util.ArrayList<>();
        issue.evidence()
                .forEach(url ->
                        evidence.add(Evidence.builder().id(url).type("Evidence").build()));
        if (issue.renews() != null) {
            // OB 3.0 has no property for "renews"; the schema allows Evidence, whose id is the renewed credential.
            evidence.add(Evidence.builder()
                    .id(settings.url("/c/" + issue.renews()))
                    .type("Evidence")
                    .name(RENEWED_EVIDENCE_NAME)
                    .description("This credential renews the credential at this address.")
                    .build());
        }
        issue.cited()
                .forEach(cited -> evidence.add(Evidence.builder()
                        .id(cited.id())
                        .type("Evidence")
                        .name(cited.name())
                        .description(cited.description())
                        .build()));
        if (!evidence.isEmpty()) {
            credential.evidence(evidence.toArray(Evidence[]::new));
        }
        return endorsed(CredentialJson.write(credential.build()), issue);
    }

    /** The credential with {@link Issue#endorsements} embedded ({@link EmbeddedEndorsements}). */
    private static ObjectNode endorsed(ObjectNode credential, Issue issue) {
        EmbeddedEndorsements.Embedded embedded = issue.endorsements();
        if (!embedded.achievement().isEmpty()) {
            ArrayNode array =
                    ((ObjectNode) credential.path("credentialSubject").path("achievement")).putArray("endorsement");
            embedded.achievement().forEach(endorsement -> array.add(endorsement.deepCopy()));
        }
        if (!embedded.issuer().isEmpty()) {
            ArrayNode array = ((ObjectNode) credential.path("issuer")).putArray("endorsement");
            embedded.issuer().forEach(endorsement -> array.add(endorsement.deepCopy()));
        }
        return credential;
    }

    private Profile profile(Organization organization, String did) {
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

    private AchievementSubject subject(Issue issue) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        AchievementSubject.Builder subject = AchievementSubject.builder()
                .type("AchievementSubject")
                .identifier(
                        IdentityObject.hashedEmail(
                                issue.recipientEmail().strip().toLowerCase(java.util.Locale.ROOT),
                                HexFormat.of().formatHex(salt)),
                        IdentityObject.plain("name", issue.recipientName()))
                .achievement(achievement(issue.badge()));
        if (issue.narrative() != null && !issue.narrative().isBlank()) {
            subject.narrative(issue.narrative().strip());
        }
        if (issue.creditsEarned() != null) {
            subject.creditsEarned(issue.creditsEarned());
        }
        return subject.build();
    }

    /** The badge as an OB 3.0 Achievement, as credentials of it embed it (without endorsements). */
    Achievement achievement(Badge badge) {
        Achievement.Builder achievement = Achievement.builder()
                .id(settings.url("/badges/" + badge.id()))
                .type("Achievement")
                .name(badge.name())
                .description(badge.description())
                .criteria(Criteria.of(badge.criteriaUrl(), badge.criteriaNarrative()))
                .image(Image.of(settings.url("/badges/" + badge.id() + "/image"), badge.name()));
        if (badge.achievementType() != null) {
            achievement.achievementType(badge.achievementType());
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>(badge.tags());
        tags.addAll(badge.skills());
        if (!tags.isEmpty()) {
            achievement.tag(tags.toArray(String[]::new));
        }
        if (!badge.alignments().isEmpty()) {
            List<Alignment> alignments = new ArrayList<>();
            for (BadgeAlignment a : badge.alignments()) {
                Alignment.Builder alignment = Alignment.builder()
                        .type("Alignment")
                        .targetName(a.name())
                        .targetUrl(a.url());
                if (a.framework() != null) {
                    alignment.targetFramework(a.framework());
                }
                if (a.code() != null) {
                    alignment.targetCode(a.code());
                }
                alignments.add(alignment.build());
            }
            achievement.alignment(alignments.toArray(Alignment[]::new));
        }
        if (badge.creditsAvailable() != null) {
            achievement.creditsAvailable(badge.creditsAvailable());
        }
        return achievement.build();
    }
}
