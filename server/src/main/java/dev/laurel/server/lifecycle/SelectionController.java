package dev.laurel.server.lifecycle;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The credential list's actions on a selection: back to the list as it was filtered, saying what was done, or why
 * nothing was. Revoking, which cannot be undone, first shows what would be revoked and asks to confirm.
 */
@Controller
class SelectionController {

    private final CredentialSelections selections;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;

    SelectionController(
            CredentialSelections selections, Organizations organizations, TenantAccess access, MessageSource messages) {
        this.selections = selections;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
    }

    @PostMapping("/organizations/{id}/credentials/selection")
    String apply(
            @PathVariable UUID id,
            @RequestParam(required = false) String action,
            @RequestParam(name = "credential", required = false) List<UUID> selected,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back,
            @RequestParam(required = false) String confirmed,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        String list = "/organizations/" + id + "/credentials";
        // back to the list with its filters: only a query of this list, never another address
        String to = back != null && back.startsWith(list + "?") && !back.contains("\n") && !back.contains("\r")
                ? back
                : list;
        CredentialSelections.Action what =
                CredentialSelections.Action.parse(action == null ? "" : action).orElse(null);
        if (what == null) {
            flash.addFlashAttribute("flashError", messages.getMessage("selection.unknown", null, locale));
            return "redirect:" + to;
        }
        OrganizationId organizationId = new OrganizationId(id);
        List<CredentialId> ids = (selected == null ? List.<UUID>of() : selected)
                .stream().map(CredentialId::new).toList();
        Actor actor = new Actor.Member(user);
        CredentialSelections.Outcome outcome;
        if (what == CredentialSelections.Action.REVOKE && !"yes".equals(confirmed)) {
            // revocation is final: say what will be revoked, and ask once more
            outcome = selections.check(organizationId, what, ids, reason, actor);
            if (outcome instanceof CredentialSelections.Outcome.Checked checked) {
                model.addAttribute(
                        "organization", organizations.find(organizationId).orElseThrow());
                model.addAttribute("credentials", checked.credentials());
                model.addAttribute("reason", reason.strip());
                model.addAttribute("back", to);
                return "lifecycle/revoke-selection";
            }
        } else {
            outcome = selections.apply(organizationId, what, ids, reason, actor);
        }
        switch (outcome) {
            case CredentialSelections.Outcome.Checked checked -> {
                // only a revocation is checked before it is done, and it was shown above
            }
            case CredentialSelections.Outcome.Done done ->
                flash.addFlashAttribute(
                        "flash",
                        messages.getMessage(
                                "selection.done." + done.action().key(), new Object[] {done.count()}, locale));
            case CredentialSelections.Outcome.Refused refused ->
                flash.addFlashAttribute(
                        "flashError",
                        messages.getMessage(
                                "selection.refused." + refused.reason(),
                                new Object[] {
                                    refused.credential() == null
                                            ? ""
                                            : refused.credential().recipientName()
                                },
                                locale));
        }
        return "redirect:" + to;
    }
}
