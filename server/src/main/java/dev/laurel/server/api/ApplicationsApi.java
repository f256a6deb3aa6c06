package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.applications.Application;
import dev.laurel.server.applications.ApplicationId;
import dev.laurel.server.applications.ReviewQueue;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.organizations.OrganizationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Applications for the organization's badges open for application: the queue, one application, deciding on it. */
@RestController
@RequestMapping(path = "/api/v1/applications", produces = "application/json")
@Tag(
        name = "Applications",
        description = "Earners apply for a badge open for application with evidence; reviewers ask for changes, "
                + "approve or decline. When the badge's approvals are reached the credential is issued, with the "
                + "evidence, the rubric results and the approving reviewers' endorsements.")
@SecurityRequirement(name = ApiDocs.BEARER)
class ApplicationsApi {

    static final int DEFAULT_LIMIT = 50;

    private final ReviewQueue queue;
    private final RequestChecks checks;

    ApplicationsApi(ReviewQueue queue, RequestChecks checks) {
        this.queue = queue;
        this.checks = checks;
    }

    @GetMapping
    @Operation(
            summary = "List applications",
            description = "Scope: read. The longest waiting first, in pages: pass nextCursor back as cursor until it "
                    + "is null.")
    @ApiResponse(responseCode = "200", description = "A page of applications")
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    ApplicationResource.Page list(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "Only those for this achievement") @RequestParam(required = false)
                    UUID achievement,
            @Parameter(description = "Only those in this state: submitted, changes-requested, approved, declined")
                    @RequestParam(required = false)
                    String state,
            @Parameter(description = "Only those assigned to this member reviewer (an account id)")
                    @RequestParam(required = false)
                    UUID reviewer,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @RequestParam(required = false)
                    String cursor) {
        client.require(Scope.READ);
        Application.State wanted = null;
        if (state != null && !state.isBlank()) {
            wanted = Application.State.parse(state.strip());
            if (wanted == null) {
                throw ApiError.invalid("state", "must be submitted, changes-requested, approved or declined");
            }
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > ReviewQueue.MAX_LIMIT) {
            throw ApiError.invalid("limit", "must be 1 to " + ReviewQueue.MAX_LIMIT);
        }
        Instant after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Instant.parse(cursor.strip());
            } catch (DateTimeParseException e) {
                throw ApiError.invalid("cursor", "is not a cursor this API gave");
            }
        }
        List<Application> page = queue.list(
                organization(client),
                new ReviewQueue.Filter(
                        achievement == null ? null : new BadgeId(achievement), wanted, reviewer, after, size + 1),
                client.actor());
        List<Application> shown = page.size() > size ? page.subList(0, size) : page;
        return new ApplicationResource.Page(
                shown.stream().map(ApplicationResource::of).toList(),
                page.size() > size ? shown.getLast().submittedAt().toString() : null);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get an application", description = "Scope: read. With every submission and review.")
    @ApiResponse(responseCode = "200", description = "The application")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    ApplicationResource get(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        client.require(Scope.READ);
        Application application = application(client, id);
        return ApplicationResource.of(application, queue.submissions(application), queue.reviews(application));
    }

    @PostMapping("/{id}/decide")
    @Operation(
            summary = "Decide on an application",
            description = "Scope: issue. Reviews the latest submission as the key (a reviewer named after it): "
                    + "request-changes mails the earner the comment, decline ends it with the comment as reason, "
                    + "approve counts towards the badge's approvals and, at the last one, issues the credential. "
                    + "Approving scores every rubric criterion.")
    @ApiResponse(responseCode = "200", description = "The application after the decision")
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    ApplicationResource decide(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID id,
            @RequestBody(required = false) ApplicationResource.Decision decision) {
        client.require(Scope.ISSUE);
        application(client, id);
        if (decision == null) {
            throw ApiError.invalid("decision", "is required");
        }
        checks.check(decision);
        Application decided = queue.review(
                organization(client),
                new ApplicationId(id),
                decision.decision(),
                decision.comment(),
                decision.scores() == null ? Map.of() : decision.scores(),
                client.actor());
        return ApplicationResource.of(decided, queue.submissions(decided), queue.reviews(decided));
    }

    private Application application(ApiClient client, UUID id) {
        return queue.find(organization(client), new ApplicationId(id), client.actor())
                .orElseThrow(() -> ApiError.notFound("application"));
    }

    private static OrganizationId organization(ApiClient client) {
        return new OrganizationId(client.organizationId());
    }
}
