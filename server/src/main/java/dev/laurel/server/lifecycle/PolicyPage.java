package dev.laurel.server.lifecycle;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.issuing.LifecyclePolicy;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lifecycle settings: the organization's defaults ({@code /organizations/ID/lifecycle}) and a badge's overrides
 * ({@code /organizations/ID/badges/BADGE/lifecycle}) — reminders, share buttons once expired, the renewal rule and its
 * window and credits, the issued mail's message. Each field shows the value it falls back to. Issuer role.
 */
@Controller
class PolicyPage {

    private final LifecyclePolicies policies;
    private final Badges badges;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;

    PolicyPage(
            LifecyclePolicies policies,
            Badges badges,
            Organizations organizations,
            TenantAccess access,
            MessageSource messages) {
        this.policies = policies;
        this.badges = badges;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/organizations/{id}/lifecycle")
    String defaults(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        return page(organization, null, PolicyForm.of(policies.overrides(organization, null)), model);
    }

    @PostMapping("/organizations/{id}/lifecycle")
    String saveDefaults(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            @ModelAttribute("form") PolicyForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes flash) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        return save(organization, null, form, errors, model, locale, flash);
    }

    @GetMapping("/organizations/{id}/badges/{badgeId}/lifecycle")
    String badge(
            @PathVariable UUID id, @PathVariable UUID badgeId, @AuthenticationPrincipal LaurelUser user, Model model) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        Badge badge = badge(organization, badgeId);
        return page(organization, badge, PolicyForm.of(policies.overrides(organization, badge.id())), model);
    }

    @PostMapping("/organizations/{id}/badges/{badgeId}/lifecycle")
    String saveBadge(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @AuthenticationPrincipal LaurelUser user,
            @ModelAttribute("form") PolicyForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes flash) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        return save(organization, badge(organization, badgeId), form, errors, model, locale, flash);
    }

    private String save(
            OrganizationId organization,
            Badge badge,
            PolicyForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes flash) {
        Set<UUID> allowed =
                badges.of(organization).stream().map(b -> b.id().value()).collect(Collectors.toSet());
        LifecyclePolicies.Overrides overrides = form.toOverrides(errors, allowed);
        if (errors.hasErrors()) {
            return page(organization, badge, form, model);
        }
        policies.save(organization, badge == null ? null : badge.id(), overrides);
        flash.addFlashAttribute("flash", messages.getMessage("lifecycle.saved", null, locale));
        return "redirect:/organizations/" + organization.value()
                + (badge == null ? "" : "/badges/" + badge.id().value()) + "/lifecycle";
    }

    private String page(OrganizationId organization, Badge badge, PolicyForm form, Model model) {
        LifecyclePolicy inherited = badge == null ? LifecyclePolicy.DEFAULT : policies.defaults(organization);
        List<Badge> all = badges.of(organization);
        model.addAttribute("organization", organizations.find(organization).orElseThrow());
        model.addAttribute("badge", badge);
        model.addAttribute("form", form);
        model.addAttribute("inherited", inherited);
        model.addAttribute("inheritedAccept", PolicyForm.days(inherited, false));
        model.addAttribute("inheritedExpiry", PolicyForm.days(inherited, true));
        model.addAttribute(
                "inheritedBadges",
                all.stream()
                        .filter(b -> inherited.renewalCreditBadges().contains(b.id()))
                        .map(Badge::name)
                        .collect(Collectors.joining(", ")));
        model.addAttribute("rules", PolicyForm.rules());
        model.addAttribute("badges", all);
        model.addAttribute(
                "action",
                "/organizations/" + organization.value()
                        + (badge == null ? "" : "/badges/" + badge.id().value()) + "/lifecycle");
        return "lifecycle/policy";
    }

    private Badge badge(OrganizationId organization, UUID badgeId) {
        return badges.find(new BadgeId(badgeId))
                .filter(b -> b.organizationId().equals(organization))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
