package dev.laurel.server.signing;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
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

/** An organization's keys page: its did:web, every key, rotation, and the identifier its VC-API instance signs as. */
@Controller
class KeysController {

    private final IssuerKeys issuers;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;

    KeysController(IssuerKeys issuers, Organizations organizations, TenantAccess access, MessageSource messages) {
        this.issuers = issuers;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/organizations/{id}/keys")
    String keys(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        model.addAttribute(
                "organization", organizations.find(new OrganizationId(id)).orElseThrow());
        model.addAttribute("did", issuers.issuerDid(id));
        model.addAttribute("didKey", issuers.didKey(id));
        model.addAttribute("vcApiIdentifier", issuers.vcApiIdentifier(id).value());
        model.addAttribute("keys", issuers.published(id));
        return "signing/keys";
    }

    @PostMapping("/organizations/{id}/keys/rotate")
    String rotate(
            @PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Locale locale, RedirectAttributes flash) {
        String fragment = issuers.rotate(id, user);
        flash.addFlashAttribute("flash", messages.getMessage("keys.rotated", new Object[] {fragment}, locale));
        return "redirect:/organizations/" + id + "/keys";
    }

    @PostMapping("/organizations/{id}/keys/vc-api-issuer")
    String vcApiIssuer(
            @PathVariable UUID id,
            @RequestParam(required = false) String identifier,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        IssuerIdentifier chosen = IssuerIdentifier.of(identifier)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "choose did:web or did:key"));
        issuers.useForVcApi(id, chosen, user);
        flash.addFlashAttribute(
                "flash", messages.getMessage("keys.vcapi.saved", new Object[] {chosen.value()}, locale));
        return "redirect:/organizations/" + id + "/keys";
    }
}
