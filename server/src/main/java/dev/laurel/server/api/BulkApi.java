package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.bulk.BulkJob;
import dev.laurel.server.bulk.BulkJobs;
import dev.laurel.server.bulk.BulkRefusal;
import dev.laurel.server.bulk.RowProblem;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bulk issuing: a JSON array or a CSV file of recipients in, a job to poll out. */
@RestController
@Tag(name = "Bulk issuing")
@SecurityRequirement(name = ApiDocs.BEARER)
class BulkApi {

    static final String CSV = "text/csv";
    private static final int SHOWN_PROBLEMS = 100;

    private final BulkJobs jobs;
    private final Badges badges;
    private final Clock clock;

    BulkApi(BulkJobs jobs, Badges badges, Clock clock) {
        this.jobs = jobs;
        this.badges = badges;
        this.clock = clock;
    }

    @PostMapping(
            path = "/api/v1/achievements/{id}/bulk",
            consumes = {MediaType.APPLICATION_JSON_VALUE, CSV},
            produces = "application/json")
    @Operation(
            summary = "Issue an achievement to many recipients",
            description = "Scope: issue. The body is a JSON array of recipients, or a CSV file (text/csv: columns "
                    + "email, name, issued_on, narrative, evidence_url (one or several), expires_on, external_id; "
                    + "others kept for the narrative template; UTF-8, ',' or ';'). Every row is checked first; when "
                    + "one has a problem nothing is issued and 400 names each (row, field, code) — unless "
                    + "skipInvalid=true, which issues the valid rows only. dryRun=true only checks. The job runs in "
                    + "the background: poll its Location. Each recipient (externalId, else email) receives the "
                    + "achievement once, whatever is sent again. With an Idempotency-Key, the same request within "
                    + "24 hours returns the first job.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(ref = ApiDocs.BULK_REQUEST),
                                        examples =
                                                @ExampleObject(
                                                        name = "two recipients",
                                                        value = "[{\"recipient\": {\"email\": \"ada@example.org\", "
                                                                + "\"name\": \"Ada Lovelace\"}, \"externalId\": "
                                                                + "\"S-1042\"}, {\"recipient\": {\"email\": "
                                                                + "\"alan@example.org\", \"name\": \"Alan Turing\"}, "
                                                                + "\"issuedOn\": \"2026-06-30\", \"evidence\": "
                                                                + "[\"https://example.edu/projects/42\"]}]")),
                                @Content(
                                        mediaType = CSV,
                                        schema = @Schema(type = "string"),
                                        examples =
                                                @ExampleObject(
                                                        name = "CSV",
                                                        value = "email,name,issued_on,external_id,course\n"
                                                                + "ada@example.org,Ada Lovelace,2026-06-30,S-1042,"
                                                                + "Statistics\n"))
                            }))
    @ApiResponse(
            responseCode = "202",
            description = "Checked and started (or, with dryRun, checked only); Location names the job to poll.")
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = ApiDocs.IDEMPOTENCY_MISMATCH)
    ResponseEntity<BulkJobResource> issue(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The achievement's id") @PathVariable UUID id,
            @Parameter(description = "Issue the valid rows even when others have problems.")
                    @RequestParam(defaultValue = "false")
                    boolean skipInvalid,
            @Parameter(description = "Only check the rows; start nothing.") @RequestParam(defaultValue = "false")
                    boolean dryRun,
            @Parameter(
                            description = "The narrative of rows without one; {{column}} is replaced by the row's "
                                    + "value (CSV column or JSON metadata).",
                            example = "Completed {{course}}.")
                    @RequestParam(required = false)
                    String narrativeTemplate,
            @Parameter(
                            description = "Any unique string up to 255 characters: the same key with the same request "
                                    + "within 24 hours returns the same job.")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey,
            HttpServletRequest request) {
        client.require(Scope.ISSUE);
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7e]{1,255}")) {
            throw ApiError.invalid("Idempotency-Key", "must be 1 to 255 visible ASCII characters");
        }
        if (narrativeTemplate != null && narrativeTemplate.length() > 4000) {
            throw ApiError.invalid("narrativeTemplate", "must be at most 4000 characters");
        }
        badges.find(new BadgeId(id))
                .filter(badge -> badge.organizationId().value().equals(client.organizationId()))
                .orElseThrow(() -> ApiError.notFound("achievement"));
        boolean csv = request.getContentType() != null
                && MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.parseMediaType(CSV));
        BulkJobs.Checked checked;
        try {
            checked = jobs.check(
                    client.organizationId(),
                    id,
                    request.getInputStream(),
                    csv ? BulkJobs.Format.CSV : BulkJobs.Format.JSON,
                    csv ? "API (CSV)" : "API (JSON)",
                    narrativeTemplate,
                    client.actor(),
                    idempotencyKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BulkJob job = checked.job();
        if (job.fileProblem() != null) {
            List<RowProblem> problems = jobs.problems(job, -1, 1);
            throw ApiError.invalidRows(job.fileProblem(), violations(problems));
        }
        if (!dryRun && job.state().equals("checked")) {
            if (job.invalid() > 0 && !skipInvalid) {
                throw ApiError.invalidRows(
                        job.invalid() + " row(s) have problems, so nothing was issued: fix them, or send "
                                + "skipInvalid=true to issue the " + job.valid() + " valid row(s). Job " + job.id()
                                + " lists them all.",
                        violations(jobs.problems(job, -1, SHOWN_PROBLEMS)));
            }
            UUID jobId = job.id();
            job = conflict(() -> jobs.start(client.organizationId(), jobId, skipInvalid, client.actor()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/bulk-jobs/" + job.id()))
                .header("Idempotent-Replayed", String.valueOf(checked.replayed()))
                .body(BulkJobResource.of(job, clock.instant()));
    }

    @GetMapping(path = "/api/v1/bulk-jobs/{id}", produces = "application/json")
    @Operation(
            summary = "A bulk issuing job",
            description = "Scope: read. Its state and counts — issued, failed, remaining — with the rate and the "
                    + "estimated time left.")
    @ApiResponse(responseCode = "200", description = "The job.")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    BulkJobResource job(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        client.require(Scope.READ);
        return BulkJobResource.of(find(client, id), clock.instant());
    }

    @GetMapping(path = "/api/v1/bulk-jobs/{id}/problems", produces = "application/json")
    @Operation(
            summary = "A bulk issuing job's problems",
            description = "Scope: read. What the check found, by row and field, 500 at a time: follow next.")
    @ApiResponse(responseCode = "200", description = "A page of problems.")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    BulkProblemsResource problems(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID id,
            @Parameter(description = "Problems after this row.") @RequestParam(defaultValue = "-1") int after) {
        client.require(Scope.READ);
        BulkJob job = find(client, id);
        List<RowProblem> page = jobs.problems(job, after, 500);
        String next = page.size() < 500
                ? null
                : "/api/v1/bulk-jobs/" + id + "/problems?after="
                        + page.getLast().row();
        return new BulkProblemsResource(
                jobs.problemCount(job),
                page.stream().map(BulkProblemsResource.Problem::of).toList(),
                next);
    }

    @PostMapping(path = "/api/v1/bulk-jobs/{id}/cancel", produces = "application/json")
    @Operation(
            summary = "Cancel a bulk issuing job",
            description = "Scope: issue. Rows not yet issued are cancelled; the batches being issued finish first, "
                    + "so every row ends issued or cancelled. 409 when the job already ended.")
    @ApiResponse(responseCode = "200", description = "The cancelled job.")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    BulkJobResource cancel(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        client.require(Scope.ISSUE);
        find(client, id);
        return BulkJobResource.of(
                conflict(() -> jobs.cancel(client.organizationId(), id, client.actor())), clock.instant());
    }

    /** A job bulk issuing refuses to start or cancel is, to the API, {@code api.conflict} with bulk's detail. */
    private static BulkJob conflict(Supplier<BulkJob> change) {
        try {
            return change.get();
        } catch (Problem e) {
            throw e.code() instanceof BulkRefusal ? ApiError.CONFLICT.problem(e.detail()) : e;
        }
    }

    private BulkJob find(ApiClient client, UUID id) {
        return jobs.find(client.organizationId(), id, client.actor());
    }

    private static List<ApiError.Violation> violations(List<RowProblem> problems) {
        return problems.stream()
                .map(p -> new ApiError.Violation(p.column(), p.message(), p.row(), p.code()))
                .toList();
    }
}
