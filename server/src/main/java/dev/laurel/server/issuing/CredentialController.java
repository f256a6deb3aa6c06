package dev.laurel.server.issuing;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.platform.Problem;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Issuing a badge to someone, the organization's credentials, and revoking, suspending, reinstating them. */
@Controller
class CredentialController {

    private final Issuance issuance;
    private final CredentialStates states;
    private final IssuedCredentials credentials;
    private final Badges badges;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;
    private final Clock clock;

    CredentialController(
            Issuance issuance,
            CredentialStates states,
            IssuedCredentials credentials,
            Badges badges,
            Organizations organizations,
            TenantAccess access,
            MessageSource messages,
            Clock clock) {
        this.clock = clock;
        this.issuance = issuance;
        this.states = states;
        this.credentials = credentials;
        this.badges = badges;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/organizations/{id}/badges/{badgeId}/issue")
    String issueForm(
            @PathVariable UUID id, @PathVariable UUID badgeId, @AuthenticationPrincipal LaurelUser user, Model model) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        return issuePage(id, badgeId, IssueForm.empty(), model);
    }

    @PostMapping("/organizations/{id}/badges/{badgeId}/issue")
    String issue(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @AuthenticationPrincipal LaurelUser user,
            @Valid @ModelAttribute("form") IssueForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        form.validate(errors);
        if (errors.hasErrors()) {
            return issuePage(id, badgeId, form, model);
        }
        IssuedCredential credential;
        try {
            credential = issuance.issue(Issuance.Issue.one(
                            new OrganizationId(id),
                            new BadgeId(badgeId),
                            new Actor.Member(user),
                            form.recipient(),
                            form.proofFormat()))
                    .getFirst();
        } catch (Problem refused) {
            if (!refused.is(SavedUrls.Refusal.SAVED_URL)) {
                throw refused;
            }
            model.addAttribute(
                    "flashError",
                    messages.getMessage(
                            "issue.saved-url-invalid",
                            new Object[] {
                                refused.properties().get("field"),
                                refused.properties().get("value")
                            },
                            locale));
            return issuePage(id, badgeId, form, model);
        }
        flash.addFlashAttribute(
                "flash", messages.getMessage("issue.done", new Object[] {credential.recipientName()}, locale));
        return "redirect:/organizations/" + id + "/credentials/" + credential.id();
    }

    @GetMapping("/organizations/{id}/credentials/{credentialId}")
    String show(
            @PathVariable UUID id,
            @PathVariable UUID credentialId,
            @AuthenticationPrincipal LaurelUser user,
            Model model) {
        Role role = access.require(new OrganizationId(id), user, Role.VIEWER);
        model.addAttribute(
                "organization", organizations.find(new OrganizationId(id)).orElseThrow());
        model.addAttribute("credential", credential(id, credentialId));
        model.addAttribute("now", clock.instant());
        model.addAttribute("canIssue", role.includes(Role.ISSUER));
        return "issuing/credential";
    }

    /**
     * Revoking cannot be undone, so the page asks once more: the credential, the reason, and a second button that
     * posts the revocation (no JavaScript needed). A script posts to {@code …/revoke} directly.
     */
    @PostMapping("/organizations/{id}/credentials/{credentialId}/revoke/confirm")
    String confirmRevoke(
            @PathVariable UUID id,
            @PathVariable UUID credentialId,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            flash.addFlashAttribute(
                    "flashError",
                    messages.getMessage(
                            why.isEmpty() ? "credential.reason.required" : "credential.reason.long", null, locale));
            return "redirect:/organizations/" + id + "/credentials/" + credentialId;
        }
        model.addAttribute(
                "organization", organizations.find(new OrganizationId(id)).orElseThrow());
        model.addAttribute("credential", credential(id, credentialId));
        model.addAttribute("reason", why);
        return "issuing/revoke-confirm";
    }

    @PostMapping("/organizations/{id}/credentials/{credentialId}/{action:revoke|suspend|reinstate}")
    String changeState(
            @PathVariable UUID id,
            @PathVariable UUID credentialId,
            @PathVariable String action,
            @RequestParam(required = false) String reason,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null && !action.equals("reinstate")) {
            flash.addFlashAttribute("flashError", messages.getMessage("credential.reason.required", null, locale));
            return "redirect:/organizations/" + id + "/credentials/" + credentialId;
        }
        if (why != null && why.length() > 500) {
            flash.addFlashAttribute("flashError", messages.getMessage("credential.reason.long", null, locale));
            return "redirect:/organizations/" + id + "/credentials/" + credentialId;
        }
        try {
            switch (action) {
                case "revoke" -> states.revoke(new OrganizationId(id), new CredentialId(credentialId), why, user);
                case "suspend" -> states.suspend(new OrganizationId(id), new CredentialId(credentialId), why, user);
                default -> states.reinstate(new OrganizationId(id), new CredentialId(credentialId), why, user);
            }
            flash.addFlashAttribute("flash", messages.getMessage("credential." + action + ".done", null, locale));
        } catch (CredentialStates.NotAllowedException e) {
            flash.addFlashAttribute("flashError", messages.getMessage("credential.notAllowed", null, locale));
        }
        return "redirect:/organizations/" + id + "/credentials/" + credentialId;
    }

    private String issuePage(UUID organizationId, UUID badgeId, IssueForm form, Model model) {
        model.addAttribute(
                "organization",
                organizations.find(new OrganizationId(organizationId)).orElseThrow());
        model.addAttribute(
                "badge",
                badges.find(new BadgeId(badgeId))
                        .filter(badge -> badge.organizationId().equals(new OrganizationId(organizationId)))
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("form", form);
        return "issuing/issue";
    }

    private IssuedCredential credential(UUID organizationId, UUID credentialId) {
        return credentials
                .find(new CredentialId(credentialId))
                .filter(credential -> credential.organizationId().equals(new OrganizationId(organizationId)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
