package dev.laurel.server.organizations;

import dev.laurel.server.accounts.LaurelUser;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Members: the list, inviting by email, changing roles, and the invitation link's page. */
@Controller
class MemberController {

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Memberships memberships;
    private final Organizations organizations;
    private final OrganizationService service;
    private final Invitations invitations;
    private final TenantAccess access;
    private final MessageSource messages;

    MemberController(
            Memberships memberships,
            Organizations organizations,
            OrganizationService service,
            Invitations invitations,
            TenantAccess access,
            MessageSource messages) {
        this.memberships = memberships;
        this.organizations = organizations;
        this.service = service;
        this.invitations = invitations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/organizations/{id}/members")
    String members(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        Role role = access.require(new OrganizationId(id), user, Role.VIEWER);
        model.addAttribute(
                "organization", organizations.find(new OrganizationId(id)).orElseThrow());
        model.addAttribute("members", memberships.of(new OrganizationId(id)));
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        return "organizations/members";
    }

    @PostMapping("/organizations/{id}/invitations")
    String invite(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam String email,
            @RequestParam String role,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            flash.addFlashAttribute("flashError", messages.getMessage("members.email.invalid", null, locale));
            return "redirect:/organizations/" + id + "/members";
        }
        Role invited;
        try {
            invited = Role.parse(role);
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("flashError", messages.getMessage("members.role.invalid", null, locale));
            return "redirect:/organizations/" + id + "/members";
        }
        invitations.invite(new OrganizationId(id), email, invited, user, locale);
        flash.addFlashAttribute("flash", messages.getMessage("members.invited", new Object[] {email.strip()}, locale));
        return "redirect:/organizations/" + id + "/members";
    }

    @PostMapping("/organizations/{id}/members/{accountId}")
    String change(
            @PathVariable UUID id,
            @PathVariable UUID accountId,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam String role,
            Locale locale,
            RedirectAttributes flash) {
        try {
            service.changeMember(
                    new OrganizationId(id), accountId, role.equals("remove") ? null : Role.parse(role), user);
            flash.addFlashAttribute("flash", messages.getMessage("members.changed", null, locale));
        } catch (OrganizationService.LastOwnerException e) {
            flash.addFlashAttribute("flashError", messages.getMessage("members.lastOwner", null, locale));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("flashError", messages.getMessage("members.role.invalid", null, locale));
        }
        return "redirect:/organizations/" + id + "/members";
    }

    @GetMapping("/invitations/{token}")
    String invitation(@PathVariable String token, @AuthenticationPrincipal LaurelUser user, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitations.find(token).orElse(null));
        model.addAttribute("user", user);
        return "organizations/invitation";
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @AuthenticationPrincipal LaurelUser user, Model model) {
        if (user == null) {
            return "redirect:/login?continue=/invitations/" + token;
        }
        Invitations.Outcome outcome = invitations.accept(token, user);
        if (outcome == Invitations.Outcome.JOINED) {
            return "redirect:/organizations/"
                    + invitations.find(token).orElseThrow().organizationId();
        }
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitations.find(token).orElse(null));
        model.addAttribute("user", user);
        model.addAttribute("outcome", outcome.name());
        return "organizations/invitation";
    }
}
