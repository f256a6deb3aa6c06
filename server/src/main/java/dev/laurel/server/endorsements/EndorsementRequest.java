package dev.laurel.server.endorsements;

import io.swagger.v3.oas.annotations.media.Schema;

/** What {@code POST /api/v1/endorsements} takes, for the OpenAPI document: one of achievement and profile. */
@Schema(name = "EndorsementRequest")
record EndorsementRequest(
        @Schema(
                description = "The endorsed badge's achievement id URL (any issuer's badge on this Laurel)",
                example = "https://badges.example.org/badges/28c55ec2-9a46-4820-9472-a68d25bda4ee")
        String achievement,

        @Schema(
                description = "Or the endorsed issuer's profile id (its did:web)",
                example = "did:web:badges.example.org:issuers:b930b5d2-40f4-42ee-bb69-6dd873b04554")
        String profile,

        @Schema(
                description = "The endorsementComment, at most 5,000 characters",
                example = "Assessed against our certification standard.",
                maxLength = Endorsements.MAX_COMMENT)
        String comment) {}
