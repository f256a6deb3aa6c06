package dev.laurel.server.pathways;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.laurel.credentials.json.Json;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A pathway as the API shows it: creating, reading, replacing, publishing and listing answer this. */
@Schema(name = "Pathway")
record PathwayResource(
        UUID id,

        @Schema(
                description = "The pathway's public page (shown to anyone once published).",
                example = "https://badges.example.org/pathways/3f6e2f4c-8d0a-4b7e-9a51-2f1c7d9e0b12")
        String url,

        @Schema(example = "Data Analyst") String name,
        String description,

        @Schema(description = "The achievement awarded when the whole tree is complete.")
        UUID goal,

        @Schema(ref = "#/components/schemas/PathwaySteps") @JsonRawValue
        String steps,

        boolean requireCurrent,

        @Schema(description = "Whether anyone may see it at url; earners' progress counts either way.")
        boolean published,

        Instant createdAt,
        Instant updatedAt) {

    static PathwayResource of(Pathway pathway, String url) {
        return new PathwayResource(
                pathway.id().value(),
                url,
                pathway.name(),
                pathway.description(),
                pathway.goal().value(),
                Json.write(StepJson.write(pathway.steps())),
                pathway.requireCurrent(),
                pathway.published(),
                pathway.createdAt(),
                pathway.updatedAt());
    }

    /** A page of the organization's pathways, by name; {@code nextCursor} fetches the next, null on the last. */
    @Schema(name = "PathwayPage")
    record Page(
            List<PathwayResource> items,

            @Schema(description = "Opaque; null on the last page.")
            String nextCursor) {}
}
