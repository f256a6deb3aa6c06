package dev.laurel.server.claims;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The backpack page: the earner's credentials, and accepting those issued to their address. */
@Controller
class BackpackController {

    private final Backpack backpack;
    private final MessageSource messages;

    BackpackController(Backpack backpack, MessageSource messages) {
        this.backpack = backpack;
        this.messages = messages;
    }

    @GetMapping("/backpack")
    String show(@AuthenticationPrincipal LaurelUser user, Model model) {
        model.addAttribute("contents", backpack.of(user));
        return "claims/backpack";
    }

    @PostMapping("/backpack/{credentialId}/accept")
    String accept(
            @PathVariable UUID credentialId,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        if (backpack.accept(credentialId, user)) {
            flash.addFlashAttribute("flash", messages.getMessage("backpack.accepted", null, locale));
        } else {
            flash.addFlashAttribute("flashError", messages.getMessage("backpack.notAccepted", null, locale));
        }
        return "redirect:/backpack";
    }
}
