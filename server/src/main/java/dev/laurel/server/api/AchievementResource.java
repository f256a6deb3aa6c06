package dev.laurel.server.api;

import dev.laurel.server.certificates.CertificateDesign;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeAlignment;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An achievement (badge) as the API shows it. */
@Schema(name = "Achievement")
record AchievementResource(
        UUID id,
        @Schema(example = "Teamwork") String name,
        String description,
        AchievementRequest.Criteria criteria,

        @Schema(description = "The image's public URL.", example = "https://badges.example.org/badges/ID/image")
        String image,

        @Schema(example = "image/png") String imageType,
        @Schema(example = "Badge") String achievementType,
        List<String> tags,
        List<String> skills,
        List<AchievementRequest.Alignment> alignments,
        BigDecimal creditsAvailable,
        Integer validityMonths,
        @Schema(allowableValues = {"di", "jwt"}) String format,
        AchievementRequest.Certificate certificate,
        Instant createdAt) {

    static AchievementResource of(Badge badge, String imageUrl, CertificateDesign certificate) {
        return new AchievementResource(
                badge.id().value(),
                badge.name(),
                badge.description(),
                new AchievementRequest.Criteria(badge.criteriaNarrative(), badge.criteriaUrl()),
                imageUrl,
                badge.imageType(),
                badge.achievementType(),
                badge.tags(),
                badge.skills(),
                badge.alignments().stream().map(AchievementResource::alignment).toList(),
                badge.creditsAvailable(),
                badge.validityMonths(),
                badge.proofFormat().key(),
                AchievementRequest.Certificate.of(certificate),
                badge.createdAt());
    }

    private static AchievementRequest.Alignment alignment(BadgeAlignment a) {
        return new AchievementRequest.Alignment(a.framework(), a.code(), a.name(), a.url());
    }

    /** The organization's achievements. */
    @Schema(name = "AchievementList")
    record Listing(List<AchievementResource> items) {}

    /** What creating returns. */
    @Schema(name = "Created")
    record Created(UUID id) {}
}
