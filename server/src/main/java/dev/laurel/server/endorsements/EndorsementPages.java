package dev.laurel.server.endorsements;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.platform.Problem;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
 * The pages: a badge's endorsements for anyone ({@code /badges/ID/endorsements}), with the form by which owners and
 * admins of other organizations endorse it or its issuer; an organization's endorsements, received (accept, decline)
 * and given (revoke), for its owners and admins.
 */
@Controller
class EndorsementPages {

    private final OrganizationEndorsements endorsements;
    private final EndorsementRows rows;
    private final Badges badges;
    private final Organizations organizations;
    private final TenantAccess access;
    private final LaurelSettings settings;
    private final MessageSource messages;

    EndorsementPages(
            OrganizationEndorsements endorsements,
            EndorsementRows rows,
            Badges badges,
            Organizations organizations,
            TenantAccess access,
            LaurelSettings settings,
            MessageSource messages) {
        this.endorsements = endorsements;
        this.rows = rows;
        this.badges = badges;
        this.organizations = organizations;
        this.access = access;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/badges/{id}/endorsements")
    String badge(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        Badge badge = badges.find(new BadgeId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Organization issuer = organizations.find(badge.organizationId()).orElseThrow();
        model.addAttribute("badge", badge);
        model.addAttribute("issuer", issuer);
        model.addAttribute("achievementId", settings.url("/badges/" + id));
        model.addAttribute("accepted", rows.acceptedOf(badge.id()));
        model.addAttribute("endorsers", user == null ? List.of() : endorsers(user, badge.organizationId()));
        model.addAttribute("signedIn", user != null);
        model.addAttribute("maxComment", Endorsements.MAX_COMMENT);
        return "endorsements/badge";
    }

    @PostMapping("/badges/{id}/endorsements")
    String endorse(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam UUID organizationId,
            @RequestParam(defaultValue = "badge") String what,
            @RequestParam(required = false) String comment,
            RedirectAttributes flash,
            Locale locale) {
        if (user == null) {
            return "redirect:/login";
        }
        Badge badge = badges.find(new BadgeId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Endorsed subject = what.equals("issuer")
                ? new Endorsed.Profile(settings.didWebPrefix() + ":issuers:" + badge.organizationId())
                : new Endorsed.Achievement(settings.url("/badges/" + id));
        try {
            OrganizationEndorsement made =
                    endorsements.propose(new OrganizationId(organizationId), new Actor.Member(user), subject, comment);
            flash.addFlashAttribute(
                    "flash", messages.getMessage("endorsements.sent", new Object[] {made.endorsedName()}, locale));
        } catch (Problem problem) {
            flash.addFlashAttribute("flashError", problem.getMessage());
            flash.addFlashAttribute("comment", comment);
        }
        return "redirect:/badges/" + id + "/endorsements";
    }

    @GetMapping("/organizations/{id}/endorsements")
    String organization(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ADMIN);
        model.addAttribute("organization", organizations.find(organization).orElseThrow());
        model.addAttribute("pending", rows.pendingFor(organization));
        model.addAttribute(
                "received",
                rows.of(organization, EndorsementRows.Direction.RECEIVED, null, 200).stream()
                        .filter(e -> e.state() != OrganizationEndorsement.State.PENDING || e.withdrawn())
                        .toList());
        model.addAttribute("given", rows.of(organization, EndorsementRows.Direction.GIVEN, null, 200));
        return "endorsements/organization";
    }

    @PostMapping("/organizations/{id}/endorsements/{endorsement}/accept")
    String accept(
            @PathVariable UUID id,
            @PathVariable String endorsement,
            @AuthenticationPrincipal LaurelUser user,
            RedirectAttributes flash,
            Locale locale) {
        return decide(id, endorsement, "accept", user, flash, locale);
    }

    @PostMapping("/organizations/{id}/endorsements/{endorsement}/decline")
    String decline(
            @PathVariable UUID id,
            @PathVariable String endorsement,
            @AuthenticationPrincipal LaurelUser user,
            RedirectAttributes flash,
            Locale locale) {
        return decide(id, endorsement, "decline", user, flash, locale);
    }

    @PostMapping("/organizations/{id}/endorsements/{endorsement}/revoke")
    String revoke(
            @PathVariable UUID id,
            @PathVariable String endorsement,
            @AuthenticationPrincipal LaurelUser user,
            RedirectAttributes flash,
            Locale locale) {
        return decide(id, endorsement, "revoke", user, flash, locale);
    }

    /** Checks the member's role first, then the endorsement: strangers learn nothing of ids. */
    private String decide(
            UUID id, String endorsement, String action, LaurelUser user, RedirectAttributes flash, Locale locale) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ADMIN);
        EndorsementId which;
        try {
            which = new EndorsementId(UUID.fromString(endorsement));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Actor actor = new Actor.Member(user);
        try {
            switch (action) {
                case "accept" -> endorsements.accept(which, organization, actor);
                case "decline" -> endorsements.decline(which, organization, actor);
                default -> endorsements.revoke(which, organization, actor);
            }
            flash.addFlashAttribute("flash", messages.getMessage("endorsements.done." + action, null, locale));
        } catch (Problem problem) {
            flash.addFlashAttribute("flashError", problem.getMessage());
        }
        return "redirect:/organizations/" + id + "/endorsements";
    }

    /** The organizations, other than the badge's, that {@code user} may endorse for (owner or admin). */
    private List<Organization> endorsers(LaurelUser user, OrganizationId badgeOrganization) {
        return organizations.of(user.accountId()).stream()
                .filter(m -> m.role().includes(Role.ADMIN))
                .map(Organizations.MembershipView::organization)
                .filter(o -> !o.id().equals(badgeOrganization))
                .toList();
    }
}
