package dev.laurel.server.backpack;

import dev.laurel.server.accounts.LaurelUser;
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

/** The backpack page: filter and sort what is kept, accept or decline what is offered, choose who sees each. */
@Controller
class BackpackController {

    private final Backpack backpack;
    private final MessageSource messages;

    BackpackController(Backpack backpack, MessageSource messages) {
        this.backpack = backpack;
        this.messages = messages;
    }

    @GetMapping("/backpack")
    String show(
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String skill,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort,
            Model model) {
        Backpack.Filter filter = new Backpack.Filter(
                blankToNull(issuer),
                blankToNull(skill),
                blankToNull(tag),
                Standing.parse(status).orElse(null),
                "oldest".equals(sort));
        model.addAttribute("contents", backpack.of(user.accountId(), filter));
        model.addAttribute("filter", filter);
        model.addAttribute("standings", Standing.values());
        model.addAttribute("visibilities", Visibility.values());
        return "backpack/backpack";
    }

    @PostMapping("/backpack/{credentialId}/accept")
    String accept(
            @PathVariable UUID credentialId,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        if (backpack.accept(user.accountId(), credentialId)) {
            flash.addFlashAttribute("flash", messages.getMessage("backpack.accepted", null, locale));
        } else {
            flash.addFlashAttribute("flashError", messages.getMessage("backpack.notAccepted", null, locale));
        }
        return "redirect:/backpack";
    }

    @PostMapping("/backpack/{credentialId}/decline")
    String decline(
            @PathVariable UUID credentialId,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        if (backpack.decline(user.accountId(), credentialId)) {
            flash.addFlashAttribute("flash", messages.getMessage("backpack.declined", null, locale));
        } else {
            flash.addFlashAttribute("flashError", messages.getMessage("backpack.notDeclined", null, locale));
        }
        return "redirect:/backpack";
    }

    @PostMapping("/backpack/items/{itemId}/visibility")
    String visibility(
            @PathVariable UUID itemId,
            @RequestParam String visibility,
            @RequestParam(name = "back", required = false) String back,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        Visibility chosen = Visibility.parse(visibility)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown visibility"));
        if (!backpack.changeVisibility(user.accountId(), itemId, chosen)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        flash.addFlashAttribute(
                "flash", messages.getMessage("backpack.visibility.saved." + chosen.key(), null, locale));
        return "redirect:" + ("item".equals(back) ? "/backpack/items/" + itemId : "/backpack");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
