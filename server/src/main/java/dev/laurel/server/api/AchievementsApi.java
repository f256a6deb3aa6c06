package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.certificates.CertificateDesign;
import dev.laurel.server.certificates.CertificateDesigns;
import dev.laurel.server.certificates.DesignChecks;
import dev.laurel.server.certificates.DesignProblem;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeDesigns;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.LaurelSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organization's achievements (badges): list, create, read, replace, delete. */
@RestController
@RequestMapping(path = "/api/v1/achievements", produces = "application/json")
@Tag(name = "Achievements", description = "The badges the key's organization designs and issues.")
@SecurityRequirement(name = ApiDocs.BEARER)
class AchievementsApi {

    private final Badges badges;
    private final BadgeDesigns designs;
    private final RequestChecks checks;
    private final LaurelSettings settings;
    private final CertificateDesigns certificates;
    private final MessageSource messages;

    AchievementsApi(
            Badges badges,
            BadgeDesigns designs,
            RequestChecks checks,
            LaurelSettings settings,
            CertificateDesigns certificates,
            MessageSource messages) {
        this.messages = messages;
        this.badges = badges;
        this.certificates = certificates;
        this.designs = designs;
        this.checks = checks;
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "List the achievements", description = "Scope: read. Sorted by name.")
    AchievementResource.Listing list(@AuthenticationPrincipal ApiClient client) {
        client.require(Scope.READ);
        return new AchievementResource.Listing(badges.of(new OrganizationId(client.organizationId())).stream()
                .map(this::resource)
                .toList());
    }

    @PostMapping
    @Operation(summary = "Create an achievement", description = "Scope: issue. The image is a PNG or SVG data: URI.")
    @ApiResponse(responseCode = "201", description = "Created; Location names it.")
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    ResponseEntity<AchievementResource.Created> create(
            @AuthenticationPrincipal ApiClient client, @RequestBody AchievementRequest request) {
        client.require(Scope.ISSUE);
        RequestChecks.Design design = checks.design(request, true);
        certificate(request);
        Badge badge = designs.create(
                new OrganizationId(client.organizationId()), design.design(), design.image(), client.actor());
        if (request.certificate() != null) {
            certificates.save(badge.organizationId(), badge.id(), certificate(request));
        }
        return ResponseEntity.created(URI.create("/api/v1/achievements/" + badge.id()))
                .body(new AchievementResource.Created(badge.id().value()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an achievement", description = "Scope: read.")
    @ApiResponse(responseCode = "200", description = "The achievement")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    AchievementResource get(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The achievement's id") @PathVariable UUID id) {
        client.require(Scope.READ);
        return resource(badge(client, id));
    }

    @PutMapping(path = "/{id}")
    @Operation(
            summary = "Replace an achievement",
            description = "Scope: issue. Every field is replaced; omit the image to keep it. Credentials already "
                    + "issued keep what they say.")
    @ApiResponse(responseCode = "200", description = "The achievement as replaced")
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    AchievementResource replace(
            @AuthenticationPrincipal ApiClient client, @PathVariable UUID id, @RequestBody AchievementRequest request) {
        client.require(Scope.ISSUE);
        badge(client, id);
        RequestChecks.Design design = checks.design(request, false);
        certificate(request);
        Badge badge = designs.update(
                new OrganizationId(client.organizationId()),
                new BadgeId(id),
                design.design(),
                design.image(),
                client.actor());
        certificates.save(
                badge.organizationId(),
                badge.id(),
                request.certificate() == null ? CertificateDesign.DEFAULT : certificate(request));
        return resource(badge);
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete an achievement",
            description = "Scope: issue. Refused with 409 api.conflict once credentials were issued for it.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    ResponseEntity<Void> delete(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        client.require(Scope.ISSUE);
        badge(client, id);
        designs.delete(new OrganizationId(client.organizationId()), new BadgeId(id), client.actor());
        return ResponseEntity.noContent().build();
    }

    /**
     * The certificate design the request asks for, or {@code api.validation} naming each field in the way: a picture
     * that is not a PNG or JPEG data: URI, or a problem {@link DesignChecks} finds.
     */
    private CertificateDesign certificate(AchievementRequest request) {
        if (request.certificate() == null) {
            return CertificateDesign.DEFAULT;
        }
        List<ApiError.Violation> violations = new ArrayList<>();
        for (String field : request.certificate().notPictures()) {
            violations.add(new ApiError.Violation(
                    "certificate." + field, "must be a PNG or JPEG data: URI", null, "certificate.not-an-image"));
        }
        CertificateDesign design = request.certificate().design();
        for (DesignProblem problem : DesignChecks.problems(design)) {
            violations.add(new ApiError.Violation(
                    "certificate." + problem.field(),
                    problem.message(messages, Locale.ENGLISH),
                    null,
                    problem.reason().code()));
        }
        if (!violations.isEmpty()) {
            throw ApiError.invalid(violations);
        }
        return design;
    }

    private Badge badge(ApiClient client, UUID id) {
        return badges.find(new BadgeId(id))
                .filter(badge -> badge.organizationId().value().equals(client.organizationId()))
                .orElseThrow(() -> ApiError.notFound("achievement"));
    }

    private AchievementResource resource(Badge badge) {
        return AchievementResource.of(
                badge, settings.url("/badges/" + badge.id() + "/image"), certificates.of(badge.id()));
    }
}
