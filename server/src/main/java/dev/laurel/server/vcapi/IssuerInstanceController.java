package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.status.BitstringStatusListEntry;
import dev.laurel.credentials.status.StatusPurpose;
import dev.laurel.server.issuing.SuppliedCredential;
import dev.laurel.server.issuing.SuppliedCredentials;
import dev.laurel.server.platform.Problem;
import dev.laurel.server.signing.IssuerKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organization's issuer and status instance, {@code /vc-api/ORGANIZATION} (VCALM "Issuing", "Update Status"): issue
 * a credential the client supplies, get one back by its id, revoke or suspend it.
 */
@RestController
@RequestMapping("/vc-api/{organizationId}/credentials")
@Tag(name = VcApiExamples.TAG)
@SecurityRequirement(name = "bearer")
@ApiResponse(
        responseCode = "401",
        description = "No valid API key or access token.",
        content =
                @Content(
                        mediaType = "application/json",
                        examples = @ExampleObject(value = VcApiExamples.UNAUTHENTICATED)))
@ApiResponse(responseCode = "403", description = "The key or token is not for this instance, or lacks the scope.")
class IssuerInstanceController {

    private final SuppliedCredentials credentials;
    private final IssuerKeys issuers;
    private final VcApiInstances instances;

    IssuerInstanceController(SuppliedCredentials credentials, IssuerKeys issuers, VcApiInstances instances) {
        this.credentials = credentials;
        this.issuers = issuers;
        this.instances = instances;
    }

    /** {@code {"credential", "options"}} → 201 {@code {"verifiableCredential"}}. */
    @PostMapping("/issue")
    @Operation(
            summary = "Issue a credential (VCALM)",
            description = "Scope: issue (token scope write:/credentials/issue). Signs the credential with the "
                    + "organization's key: options.mediaType application/vc (default) embeds an eddsa-rdfc-2022 "
                    + "Data Integrity proof, application/vc+jwt answers an enveloped VC-JWT. Adds the Bitstring "
                    + "Status List entries. The issuer is the organization's did:web, or, when the organization "
                    + "chose did:key on its signing keys page, the did:key of its active key (did:key:z6Mk…, "
                    + "proof verificationMethod did:key:z6Mk…#z6Mk…); a credential may name either as its issuer.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(value = VcApiExamples.ISSUE_REQUEST)))
    @ApiResponse(
            responseCode = "201",
            description = "Issued.",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = VcApiExamples.ISSUED)))
    @ApiResponse(
            responseCode = "400",
            description =
                    "Malformed request, unknown option or a credential it cannot issue (a VCALM or Laurel problem).",
            content =
                    @Content(mediaType = "application/json", examples = @ExampleObject(value = VcApiExamples.PROBLEM)))
    ResponseEntity<String> issue(
            @PathVariable String organizationId,
            @AuthenticationPrincipal VcApiClient client,
            HttpServletRequest request) {
        client.require(VcApiOperation.ISSUE, organizationId, instances.issuer(organizationId));
        UUID organization = client.organizationId();
        IssueRequest issue = IssueRequest.read(JsonRequests.read(request), InstanceIssuer.of(organization, issuers));
        SuppliedCredential issued = credentials.issue(
                organization,
                issue.credential(),
                issue.identifier(),
                issue.credentialId(),
                issue.purposes(),
                issue.format(),
                client.keyId());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("verifiableCredential", IssuedForm.of(issued));
        return VcApiResponses.json(HttpStatus.CREATED, body);
    }

    /** 200 {@code {"verifiableCredential"}}, or 404. */
    @GetMapping("/{credentialId}")
    @Operation(
            summary = "Get an issued credential (VCALM)",
            description = "Scope: read (token scope read:/credentials). The credential as issued through this "
                    + "instance; percent-encode the id.")
    @ApiResponse(
            responseCode = "200",
            description = "The credential.",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = VcApiExamples.ISSUED)))
    @ApiResponse(responseCode = "404", description = "This instance issued no credential with that id.")
    ResponseEntity<String> credential(
            @PathVariable String organizationId,
            @PathVariable String credentialId,
            @AuthenticationPrincipal VcApiClient client) {
        client.require(VcApiOperation.GET_CREDENTIAL, organizationId, instances.issuer(organizationId));
        SuppliedCredential credential =
                credentials.find(client.organizationId(), credentialId).orElseThrow(() -> notFound(credentialId));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("verifiableCredential", IssuedForm.of(credential));
        return VcApiResponses.json(HttpStatus.OK, body);
    }

    /**
     * {@code {"credentialId", "credentialStatus", "status"}} → 200 {@code {"credentialId", "credentialStatus",
     * "status"}} as the entry now stands, or 404.
     */
    @PostMapping("/status")
    @Operation(
            summary = "Update a credential's status (VCALM)",
            description = "Scope: revoke (token scope write:/credentials/status). status true revokes or "
                    + "suspends, false reinstates a suspension; the status list is re-signed at once. Revocation "
                    + "cannot be undone.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(value = VcApiExamples.STATUS_REQUEST)))
    @ApiResponse(
            responseCode = "200",
            description = "The entry as it now stands.",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(value = VcApiExamples.STATUS_ANSWER)))
    @ApiResponse(
            responseCode = "400",
            description =
                    "Malformed request, unknown option or a credential it cannot issue (a VCALM or Laurel problem).",
            content =
                    @Content(mediaType = "application/json", examples = @ExampleObject(value = VcApiExamples.PROBLEM)))
    @ApiResponse(responseCode = "404", description = "This instance issued no credential with that id.")
    ResponseEntity<String> status(
            @PathVariable String organizationId,
            @AuthenticationPrincipal VcApiClient client,
            HttpServletRequest request) {
        client.require(VcApiOperation.UPDATE_STATUS, organizationId, instances.issuer(organizationId));
        StatusUpdate update = StatusUpdate.read(JsonRequests.read(request));
        UUID organization = client.organizationId();
        SuppliedCredential credential = credentials
                .find(organization, update.credentialId())
                .orElseThrow(() -> notFound(update.credentialId()));
        credential.entry(update.purpose()).ifPresent(update::matches);
        SuppliedCredential changed;
        try {
            changed = credentials
                    .changeStatus(
                            organization, update.credentialId(), update.purpose(), update.status(), client.keyId())
                    .orElseThrow(() -> notFound(update.credentialId()));
        } catch (SuppliedCredentials.NotAllowedException e) {
            throw VcApiProblem.STATUS_NOT_CHANGED.problem(e.getMessage());
        }
        SuppliedCredential.Entry entry = changed.entry(update.purpose()).orElseThrow();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("credentialId", update.credentialId());
        body.set(
                "credentialStatus",
                BitstringStatusListEntry.forIndex(entry.statusListCredential(), entry.purpose(), entry.index())
                        .toJson());
        body.put("status", entry.purpose() == StatusPurpose.REVOCATION ? changed.revoked() : changed.suspended());
        return VcApiResponses.json(HttpStatus.OK, body);
    }

    private static Problem notFound(String credentialId) {
        return VcApiProblem.NOT_FOUND.problem("this instance issued no credential with the id '" + credentialId + "'");
    }
}
