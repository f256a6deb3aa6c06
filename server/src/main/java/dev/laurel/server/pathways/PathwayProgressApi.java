package dev.laurel.server.pathways;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Earners on the key's organization's pathways: where one stands, enrolling a cohort, and everyone on a pathway.
 */
@RestController
@RequestMapping(path = "/api/v1/pathways/{id}", produces = "application/json")
@Tag(name = "Pathways")
@SecurityRequirement(name = PathwaysApi.BEARER)
class PathwayProgressApi {

    /** At most this many addresses in one enrollment request. */
    static final int MAX_ENROLLMENTS = 1000;

    private static final int MAX_EMAIL = 254;

    /** An address as enrolling takes it (PathwayProgress.enroll): a local part, {@code @}, a domain with a dot. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final Pathways pathways;
    private final PathwayProgress progress;
    private final Badges badges;

    PathwayProgressApi(Pathways pathways, PathwayProgress progress, Badges badges) {
        this.pathways = pathways;
        this.progress = progress;
        this.badges = badges;
    }

    @GetMapping("/progress")
    @Operation(
            summary = "An earner's progress",
            description = "Scope: read. Where the holder of the address stands on the pathway now, evaluated from "
                    + "every credential they hold (issued here by any organization, or imported and verified): "
                    + "exactly completed, goalCredential and steps, each step depth first with what it asks, "
                    + "whether it is done and the credentials that satisfy it. Addresses of one account count as one "
                    + "earner. An address that holds nothing has every step to do.")
    @ApiResponse(
            responseCode = "200",
            description = "The earner's progress",
            content =
                    @Content(
                            schema = @Schema(implementation = ProgressResource.class),
                            examples = @ExampleObject(name = "progress", value = PathwayExamples.PROGRESS)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/PathwayInvalidRecipient")
    @ApiResponse(responseCode = "404", ref = PathwaysApi.NOT_FOUND)
    ProgressResource progress(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The pathway's id") @PathVariable UUID id,
            @Parameter(description = "The earner's email address", example = "ada@example.org") @RequestParam
                    String recipient) {
        client.require(Scope.READ);
        Pathway pathway = pathways.require(PathwaysApi.organization(client), new PathwayId(id));
        String email = address(recipient, "recipient");
        Map<UUID, String> names = new HashMap<>();
        return ProgressResource.of(
                progress.of(pathway, email),
                badge -> names.computeIfAbsent(
                        badge, b -> badges.find(new BadgeId(b)).map(Badge::name).orElse(b.toString())));
    }

    @PostMapping("/enrollments")
    @Operation(
            summary = "Enroll a cohort",
            description = "Scope: issue. Puts each address on the pathway (it shows in their backpack's pathways) "
                    + "and evaluates it; an address already on it stays. Up to " + MAX_ENROLLMENTS
                    + " addresses; one that is not an address refuses the whole list (400 "
                    + "pathway.invalid-recipient, naming it).",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = EarnerResource.Enroll.class))))
    @ApiResponse(
            responseCode = "200",
            description = "How many were newly enrolled",
            content = @Content(schema = @Schema(implementation = EarnerResource.Enrolled.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/PathwayInvalidRecipient")
    @ApiResponse(responseCode = "404", ref = PathwaysApi.NOT_FOUND)
    EarnerResource.Enrolled enroll(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID id,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
                    String contentType,
            @RequestBody(required = false) String body) {
        client.require(Scope.ISSUE);
        Pathway pathway = pathways.require(PathwaysApi.organization(client), new PathwayId(id));
        List<String> recipients = recipients(PathwayRequest.parse(contentType, body));
        int enrolled = progress.enroll(pathway.organizationId(), pathway.id(), client.actor(), recipients);
        return new EarnerResource.Enrolled(enrolled, recipients.size());
    }

    @GetMapping("/earners")
    @Operation(
            summary = "List a pathway's earners",
            description = "Scope: read. Everyone on the pathway — holding something it counts, enrolled, or joined — "
                    + "by address, as last evaluated, in pages: pass nextCursor back as cursor until it is null.")
    @ApiResponse(responseCode = "200", description = "A page of earners")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @ApiResponse(responseCode = "404", ref = PathwaysApi.NOT_FOUND)
    EarnerResource.Page earners(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID id,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @RequestParam(required = false)
                    String cursor) {
        client.require(Scope.READ);
        Pathway pathway = pathways.require(PathwaysApi.organization(client), new PathwayId(id));
        int size = PathwayCursors.size(limit);
        List<PathwayProgress.Earner> found =
                progress.earnersAfter(pathway, PathwayCursors.earnerAfter(cursor), size + 1);
        List<PathwayProgress.Earner> page = found.size() > size ? found.subList(0, size) : found;
        return new EarnerResource.Page(
                page.stream().map(EarnerResource::of).toList(),
                found.size() > size ? PathwayCursors.earner(page.getLast().email()) : null);
    }

    /** {@code {"recipients": [address, …]}}'s addresses, stripped. */
    private static List<String> recipients(JsonNode json) {
        JsonNode list = json.isObject() ? json.get("recipients") : null;
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw StepJson.invalid("/recipients", "'recipients' is a non-empty list of email addresses.");
        }
        if (list.size() > MAX_ENROLLMENTS) {
            throw StepJson.invalid(
                    "/recipients", "At most " + MAX_ENROLLMENTS + " addresses at once; send the rest in another call.");
        }
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode address = list.get(i);
            if (!address.isTextual()) {
                throw PathwayError.INVALID_RECIPIENT
                        .problem("Each recipient is an email address, as a string.")
                        .with("field", "/recipients/" + i);
            }
            addresses.add(address(address.asText(), "/recipients/" + i));
        }
        return addresses;
    }

    /** {@code text} stripped, when it is an email address; else {@code pathway.invalid-recipient} on {@code field}. */
    private static String address(String text, String field) {
        String email = text == null ? "" : text.strip();
        if (email.length() > MAX_EMAIL || !ADDRESS.matcher(email).matches()) {
            throw PathwayError.INVALID_RECIPIENT
                    .problem("'" + abbreviated(email) + "' is not an email address.")
                    .with("field", field);
        }
        return email;
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
