package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.PresentationReport;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.EnvelopedCredential;
import dev.laurel.credentials.verify.PresentationVerifier;
import dev.laurel.server.verification.CredentialVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Laurel's verifier instance, {@code /vc-api} (VCALM "Verifying"): verifies a credential, or a presentation and every
 * credential in it, with this Laurel's resolver and fetcher. 200 with {@code "verified": true} when nothing failed,
 * 400 with {@code "verified": false} and the problems otherwise.
 */
@RestController
@RequestMapping("/vc-api")
@Tag(name = VcApiExamples.TAG)
@SecurityRequirement(name = "bearer")
@ApiResponse(
        responseCode = "401",
        description = "No valid API key or access token.",
        content =
                @Content(
                        mediaType = "application/json",
                        examples = @ExampleObject(value = VcApiExamples.UNAUTHENTICATED)))
@ApiResponse(responseCode = "403", description = "The key or token lacks the verify scope.")
class VerifierInstanceController {

    private static final Set<String> CREDENTIAL_OPTIONS =
            Set.of("returnResults", "returnProblemDetails", "returnCredential", "checks");
    private static final Set<String> PRESENTATION_OPTIONS =
            Set.of("challenge", "domain", "returnPresentation", "checks");

    private final CredentialVerification verification;
    private final PresentationVerifier presentations;
    private final VcApiInstances instances;

    VerifierInstanceController(
            CredentialVerification verification, PresentationVerifier presentations, VcApiInstances instances) {
        this.verification = verification;
        this.presentations = presentations;
        this.instances = instances;
    }

    /** {@code {"verifiableCredential", "options"}} → the VerificationResult. */
    @PostMapping("/credentials/verify")
    @Operation(
            summary = "Verify a credential (VCALM)",
            description = "Any key of any organization (token scope write:/credentials/verify). Proof, issuer "
                    + "binding, validity period, status and the 1EdTech schemas; options returnResults, "
                    + "returnCredential, returnProblemDetails, checks.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(value = VcApiExamples.VERIFY_REQUEST)))
    @ApiResponse(
            responseCode = "200",
            description = "Verified: no problem.",
            content =
                    @Content(mediaType = "application/json", examples = @ExampleObject(value = VcApiExamples.VERIFIED)))
    @ApiResponse(
            responseCode = "400",
            description = "Not verified (the VerificationResult with its problemDetails), or a malformed request.",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = {
                                @ExampleObject(name = "not verified", value = VcApiExamples.NOT_VERIFIED),
                                @ExampleObject(name = "malformed request", value = VcApiExamples.PROBLEM)
                            }))
    ResponseEntity<String> credential(@AuthenticationPrincipal VcApiClient client, HttpServletRequest request) {
        client.require(VcApiOperation.VERIFY_CREDENTIAL, null, instances.verifier());
        ObjectNode body = JsonRequests.read(request);
        JsonRequests.onlyKnownProperties(body, "the request", Set.of("verifiableCredential", "options"));
        ObjectNode options = JsonRequests.options(body, CREDENTIAL_OPTIONS);
        boolean returnResults = JsonRequests.bool(options, "returnResults", "options.");
        // understood, and always so: the errors are the verification's answer
        JsonRequests.bool(options, "returnProblemDetails", "options.");
        boolean returnCredential = JsonRequests.bool(options, "returnCredential", "options.");
        CheckSelection checks = CheckSelection.of(options.get("checks"));
        ObjectNode credential = JsonRequests.object(body, "verifiableCredential", "");
        VerificationReport report = EnvelopedCredential.isEnveloped(credential)
                ? enveloped(credential)
                : verification.verify(Json.write(credential).getBytes(StandardCharsets.UTF_8));
        return answer(VerificationResults.credential(report, credential, checks, returnResults, returnCredential));
    }

    /**
     * {@code {"verifiablePresentation", "options": {"challenge", "domain", "returnPresentation", "checks"}}} — or {@code
     * {"presentation"}} without a proof, whose credentials alone are verified — → the VerificationResult.
     */
    @PostMapping("/presentations/verify")
    @Operation(
            summary = "Verify a presentation (VCALM)",
            description = "Any key of any organization (token scope write:/presentations/verify). The holder's "
                    + "proof against options.challenge and options.domain, and every credential it carries. An "
                    + "EnvelopedVerifiablePresentation holding a VP-JWT (data:application/vp+jwt,…) is verified the "
                    + "same way: its nonce is the challenge, its aud the domain.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(value = VcApiExamples.PRESENTATION_REQUEST)))
    @ApiResponse(
            responseCode = "200",
            description = "Verified: no problem.",
            content =
                    @Content(mediaType = "application/json", examples = @ExampleObject(value = VcApiExamples.VERIFIED)))
    @ApiResponse(
            responseCode = "400",
            description = "Not verified (the VerificationResult with its problemDetails), or a malformed request.",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = {
                                @ExampleObject(name = "not verified", value = VcApiExamples.NOT_VERIFIED),
                                @ExampleObject(name = "malformed request", value = VcApiExamples.PROBLEM)
                            }))
    ResponseEntity<String> presentation(@AuthenticationPrincipal VcApiClient client, HttpServletRequest request) {
        client.require(VcApiOperation.VERIFY_PRESENTATION, null, instances.verifier());
        ObjectNode body = JsonRequests.read(request);
        JsonRequests.onlyKnownProperties(
                body, "the request", Set.of("verifiablePresentation", "presentation", "options"));
        ObjectNode options = JsonRequests.options(body, PRESENTATION_OPTIONS);
        String challenge = JsonRequests.string(options, "challenge", "options.").orElse(null);
        String domain = JsonRequests.string(options, "domain", "options.").orElse(null);
        boolean returnPresentation = JsonRequests.bool(options, "returnPresentation", "options.");
        CheckSelection checks = CheckSelection.of(options.get("checks"));
        boolean secured = body.has("verifiablePresentation");
        if (secured == body.has("presentation")) {
            throw VcApiProblem.MALFORMED_VALUE.problem(
                    "give either verifiablePresentation (with its holder's proof) or presentation (without one)");
        }
        ObjectNode presentation = JsonRequests.object(body, secured ? "verifiablePresentation" : "presentation", "");
        if (!secured && (challenge != null || domain != null)) {
            throw VcApiProblem.MALFORMED_VALUE.problem(
                    "options.challenge and options.domain are checked against a presentation's proof; a "
                            + "presentation given as 'presentation' has none");
        }
        PresentationReport report = secured
                ? presentations.verify(presentation, challenge, domain)
                : presentations.verifyUnsecured(presentation);
        // an enveloped presentation carries its credentials inside its envelope: the report holds them as read
        JsonNode read = report.presentation().credential().orElse(presentation);
        List<JsonNode> carried = VerificationResults.each(read.get("verifiableCredential"));
        return answer(VerificationResults.presentation(
                report, presentation, carried, challenge, domain, checks, returnPresentation));
    }

    private VerificationReport enveloped(ObjectNode credential) {
        Optional<String> context = EnvelopedCredential.contextProblem(credential);
        if (context.isPresent()) {
            return unreadable(CheckId.CONTEXT, Reason.CONTEXT_MALFORMED, context.get());
        }
        EnvelopedCredential enveloped;
        try {
            enveloped = EnvelopedCredential.parse(credential);
        } catch (IllegalArgumentException e) {
            return unreadable(CheckId.FORMAT, Reason.FORMAT_MALFORMED, e.getMessage());
        }
        if (!enveloped.isJwt()) {
            return unreadable(
                    CheckId.FORMAT,
                    Reason.FORMAT_UNSUPPORTED,
                    "an enveloped credential of media type " + enveloped.mediaType() + ": this verifier verifies "
                            + EnvelopedCredential.VC_JWT + " envelopes");
        }
        return verification.verify(enveloped.content().getBytes(StandardCharsets.UTF_8));
    }

    private static VerificationReport unreadable(CheckId check, Reason reason, String message) {
        return new VerificationReport(List.of(CheckResult.failed(check, reason, message)), Optional.empty(), "unknown");
    }

    private static ResponseEntity<String> answer(ObjectNode result) {
        return VcApiResponses.json(result.get("verified").asBoolean() ? HttpStatus.OK : HttpStatus.BAD_REQUEST, result);
    }
}
