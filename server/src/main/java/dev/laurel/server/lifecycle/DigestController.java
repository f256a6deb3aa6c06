package dev.laurel.server.lifecycle;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.time.Clock;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A member's own choice of the weekly expiry digest: the checkbox the members page loads ({@code GET
 * /organizations/{id}/expiry-digest}, a fragment) and its form.
 */
@Controller
class DigestController {

    private final ExpiryDigests digests;
    private final TenantAccess access;
    private final Clock clock;

    DigestController(ExpiryDigests digests, TenantAccess access, Clock clock) {
        this.digests = digests;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/organizations/{id}/expiry-digest")
    String choice(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.VIEWER);
        model.addAttribute("organizationId", id);
        model.addAttribute("subscribed", digests.subscribed(organization, user.accountId()));
        return "lifecycle/digest :: choice";
    }

    @PostMapping("/organizations/{id}/expiry-digest")
    String choose(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(defaultValue = "false") boolean subscribed) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.VIEWER);
        digests.subscribe(organization, user.accountId(), subscribed, clock.instant());
        return "redirect:/organizations/" + id + "/members";
    }
}
