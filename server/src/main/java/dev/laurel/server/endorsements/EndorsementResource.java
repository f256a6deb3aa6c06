package dev.laurel.server.endorsements;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organization's endorsement as the API shows it. */
@Schema(name = "Endorsement")
@JsonInclude(JsonInclude.Include.NON_NULL)
record EndorsementResource(
        UUID id,
        @Schema(description = "The endorsing organization") Party endorser,
        @Schema(description = "The endorsed organization") Party endorsed,

        @Schema(description = "The endorsed achievement's id URL, for a badge")
        String achievement,

        @Schema(description = "The endorsed issuer's profile id, for an issuer profile")
        String profile,

        @Schema(description = "The badge's or the issuer's name")
        String subjectName,

        String comment,

        @Schema(allowableValues = {"pending", "accepted", "declined"})
        String state,

        @Schema(description = "Revoked by the endorser: verifiers report it withdrawn")
        boolean withdrawn,

        Instant createdAt,
        Instant decidedAt,

        @Schema(description = "The signed OB 3.0 EndorsementCredential", types = "object") @JsonRawValue
        String credential) {

    /** An organization, by id and name. */
    @Schema(name = "EndorsementParty")
    record Party(UUID organizationId, String name) {}

    /** What {@code POST /api/v1/endorsements} answers: the id and the signed EndorsementCredential. */
    @Schema(name = "EndorsementCreated")
    record Created(
            UUID id,

            @Schema(description = "The signed OB 3.0 EndorsementCredential", types = "object") @JsonRawValue
            String credential) {}

    /** A page of endorsements, newest first; {@code nextCursor} fetches the next, null on the last page. */
    @Schema(name = "EndorsementPage")
    record Page(
            List<EndorsementResource> items,

            @Schema(description = "Opaque; null on the last page.")
            String nextCursor) {}

    /** Accepted endorsements of an achievement, oldest first. */
    @Schema(name = "EndorsementList")
    record Listing(List<EndorsementResource> items) {}

    static EndorsementResource of(OrganizationEndorsement e) {
        boolean badge = e.badge() != null;
        return new EndorsementResource(
                e.id().value(),
                new Party(e.endorsing().value(), e.endorsingName()),
                new Party(e.endorsed().value(), e.endorsedName()),
                badge ? e.subjectId() : null,
                badge ? null : e.subjectId(),
                e.subjectName(),
                e.comment(),
                e.state().key(),
                e.withdrawn(),
                e.createdAt(),
                e.decidedAt(),
                e.credentialJson());
    }
}
