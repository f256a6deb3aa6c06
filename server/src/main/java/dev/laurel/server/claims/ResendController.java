package dev.laurel.server.claims;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.platform.Problem;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The issuer's "resend the issued mail", from a credential's page (one) or the credential list (a selection); back to
 * where it was asked, saying how many were mailed or why none was.
 */
@Controller
class ResendController {

    private final IssuedMails mails;
    private final TenantAccess access;
    private final MessageSource messages;

    ResendController(IssuedMails mails, TenantAccess access, MessageSource messages) {
        this.mails = mails;
        this.access = access;
        this.messages = messages;
    }

    @PostMapping("/organizations/{id}/credentials/resend")
    String resend(
            @PathVariable UUID id,
            @RequestParam(name = "credential", required = false) List<UUID> selected,
            @RequestParam(required = false) String back,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        List<UUID> ids = selected == null ? List.of() : selected;
        String list = "redirect:/organizations/" + id + "/credentials";
        String to = "credential".equals(back) && ids.size() == 1 ? list + "/" + ids.getFirst() : list;
        if (ids.isEmpty()) {
            flash.addFlashAttribute("flashError", messages.getMessage("resend.none", null, locale));
            return to;
        }
        try {
            int count = mails.resend(
                            new OrganizationId(id),
                            ids.stream().map(CredentialId::new).toList(),
                            new Actor.Member(user))
                    .size();
            flash.addFlashAttribute("flash", messages.getMessage("resend.done", new Object[] {count}, locale));
        } catch (Problem refused) {
            if (!refused.is(ClaimsError.NOT_PENDING)) {
                throw refused;
            }
            flash.addFlashAttribute("flashError", messages.getMessage("resend.notPending", null, locale));
        }
        return to;
    }
}
