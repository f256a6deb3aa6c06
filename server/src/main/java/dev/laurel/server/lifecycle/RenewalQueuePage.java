package dev.laurel.server.lifecycle;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.platform.Problem;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The issuer's renewal queue, {@code /organizations/ID/renewals}: pending requests with their earner, badge, expiry
 * and evidence, approved or declined with a reason; decided ones below. The request id in a path is checked after the
 * role (a malformed one is "not found"), so a member of another organization learns nothing from it.
 */
@Controller
class RenewalQueuePage {

    private final RenewalQueue queue;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;

    RenewalQueuePage(RenewalQueue queue, Organizations organizations, TenantAccess access, MessageSource messages) {
        this.queue = queue;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/organizations/{id}/renewals")
    String list(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        OrganizationId organization = new OrganizationId(id);
        Actor actor = new Actor.Member(user);
        model.addAttribute("organization", organizations.find(organization).orElseThrow());
        model.addAttribute(
                "pending", queue.list(organization, RenewalRequest.Status.PENDING, RenewalQueue.MAX_LIMIT, actor));
        model.addAttribute(
                "decided",
                queue.list(organization, null, RenewalQueue.MAX_LIMIT, actor).stream()
                        .filter(r -> r.status() != RenewalRequest.Status.PENDING)
                        .toList()
                        .reversed());
        return "lifecycle/renewals";
    }

    @GetMapping("/organizations/{id}/renewals/{requestId}/evidence")
    ResponseEntity<byte[]> evidence(
            @PathVariable UUID id, @PathVariable String requestId, @AuthenticationPrincipal LaurelUser user) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        RenewalQueue.EvidenceFile file = queue.evidence(new OrganizationId(id), uuid(requestId), new Actor.Member(user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.type()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }

    @PostMapping("/organizations/{id}/renewals/{requestId}/approve")
    String approve(
            @PathVariable UUID id,
            @PathVariable String requestId,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        try {
            RenewalRequest approved = queue.approve(new OrganizationId(id), uuid(requestId), new Actor.Member(user));
            flash.addFlashAttribute(
                    "flash",
                    messages.getMessage(
                            "renewals.approved",
                            new Object[] {approved.recipientName(), approved.badgeName()},
                            locale));
        } catch (Problem refused) {
            flash.addFlashAttribute("flashError", refused.detail());
        }
        return "redirect:/organizations/" + id + "/renewals";
    }

    @PostMapping("/organizations/{id}/renewals/{requestId}/decline")
    String decline(
            @PathVariable UUID id,
            @PathVariable String requestId,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        try {
            RenewalRequest declined =
                    queue.decline(new OrganizationId(id), uuid(requestId), reason, new Actor.Member(user));
            flash.addFlashAttribute(
                    "flash",
                    messages.getMessage(
                            "renewals.declined",
                            new Object[] {declined.recipientName(), declined.badgeName()},
                            locale));
        } catch (Problem refused) {
            flash.addFlashAttribute(
                    "flashError",
                    refused.is(LifecycleError.REASON_REQUIRED)
                            ? messages.getMessage("renewals.reason.required", null, locale)
                            : refused.detail());
        }
        return "redirect:/organizations/" + id + "/renewals";
    }

    private static UUID uuid(String requestId) {
        try {
            return UUID.fromString(requestId);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
