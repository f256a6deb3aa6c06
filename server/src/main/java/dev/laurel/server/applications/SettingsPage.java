package dev.laurel.server.applications;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.Problem;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A badge's application settings, {@code /organizations/ID/badges/BADGE/applications/settings}: open for application
 * or not, approvals required, the rubric a criterion a line. Issuer role.
 */
@Controller
class SettingsPage {

    private final ReviewQueue queue;
    private final Organizations organizations;

    SettingsPage(ReviewQueue queue, Organizations organizations) {
        this.queue = queue;
        this.organizations = organizations;
    }

    @GetMapping("/organizations/{id}/badges/{badgeId}/applications/settings")
    String show(
            @PathVariable UUID id, @PathVariable UUID badgeId, @AuthenticationPrincipal LaurelUser user, Model model) {
        OrganizationId organization = new OrganizationId(id);
        Actor actor = new Actor.Member(user);
        Opening opening = queue.settings(organization, new BadgeId(badgeId), actor);
        return page(
                organization,
                queue.badge(organization, new BadgeId(badgeId), actor),
                opening.open(),
                opening.approvalsRequired(),
                opening.rubric().text(),
                null,
                model);
    }

    @PostMapping("/organizations/{id}/badges/{badgeId}/applications/settings")
    String save(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "1") String approvals,
            @RequestParam(defaultValue = "") String rubric,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            RedirectAttributes flash) {
        OrganizationId organization = new OrganizationId(id);
        Actor actor = new Actor.Member(user);
        Badge badge = queue.badge(organization, new BadgeId(badgeId), actor);
        int required;
        try {
            required = Integer.parseInt(approvals.strip());
        } catch (NumberFormatException e) {
            required = 0;
        }
        try {
            queue.save(organization, badge.id(), open, required, rubric, actor);
        } catch (Problem refused) {
            return page(organization, badge, open, required, rubric, refused.detail(), model);
        }
        flash.addFlashAttribute("flashKey", "applications.settings.saved");
        return "redirect:/organizations/" + id + "/badges/" + badgeId + "/applications/settings";
    }

    private String page(
            OrganizationId organization,
            Badge badge,
            boolean open,
            int approvals,
            String rubric,
            String error,
            Model model) {
        model.addAttribute("organization", organizations.find(organization).orElseThrow());
        model.addAttribute("badge", badge);
        model.addAttribute("open", open);
        model.addAttribute("approvals", approvals);
        model.addAttribute("rubric", rubric);
        model.addAttribute("error", error);
        return "applications/settings";
    }
}
