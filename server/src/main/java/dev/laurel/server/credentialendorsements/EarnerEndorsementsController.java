package dev.laurel.server.credentialendorsements;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.IssuedCredential;
import jakarta.servlet.http.HttpServletResponse;
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
 * The earner's side: the endorsements panel of a credential's backpack page (each endorsement to accept or hide), and
 * the form asking someone for an endorsement of one or several credentials.
 */
@Controller
class EarnerEndorsementsController {

    private final EarnerCredentials credentials;
    private final ReceivedEndorsements received;
    private final EndorsementViews views;
    private final Asking asking;
    private final MessageSource messages;

    EarnerEndorsementsController(
            EarnerCredentials credentials,
            ReceivedEndorsements received,
            EndorsementViews views,
            Asking asking,
            MessageSource messages) {
        this.credentials = credentials;
        this.received = received;
        this.views = views;
        this.asking = asking;
        this.messages = messages;
    }

    /** The panel the backpack's item page loads: every endorsement given on the credential, decided or not. */
    @GetMapping("/backpack/credentials/{id}/endorsements")
    String panel(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID item,
            @AuthenticationPrincipal LaurelUser user,
            Model model) {
        IssuedCredential credential = held(user, id);
        model.addAttribute("credential", credential);
        model.addAttribute("item", item);
        model.addAttribute("endorsements", views.of(received.of(id)));
        return "credentialendorsements/earner-panel";
    }

    @GetMapping("/backpack/credentials/{id}/endorsements/ask")
    String askForm(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID item,
            @RequestParam(name = "credential", required = false) List<UUID> preset,
            @AuthenticationPrincipal LaurelUser user,
            Model model) {
        held(user, id);
        List<UUID> chosen = preset == null || preset.isEmpty() ? List.of(id) : preset;
        return form(user, model, id, item, new Ask("", "", "", chosen));
    }

    @PostMapping("/backpack/credentials/{id}/endorsements/ask")
    String ask(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID item,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String message,
            @RequestParam(name = "credential", required = false) List<UUID> chosen,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        held(user, id);
        Ask ask = new Ask(name, email, message, chosen);
        return switch (asking.ask(user, ask, locale)) {
            case Asking.Outcome.Sent sent -> {
                flash.addFlashAttribute(
                        "flash",
                        messages.getMessage("endorsement.ask.sent", new Object[] {ask.endorserName()}, locale));
                yield back(item);
            }
            case Asking.Outcome.Refused refused -> {
                response.setStatus(refused.error().status().value());
                model.addAttribute("flashError", messages.getMessage(refused.messageKey(), null, locale));
                yield form(user, model, id, item, ask);
            }
        };
    }

    @PostMapping("/backpack/endorsements/{id}/accept")
    String accept(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID item,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        return decide(id, Decision.ACCEPTED, item, user, locale, flash);
    }

    @PostMapping("/backpack/endorsements/{id}/hide")
    String hide(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID item,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        return decide(id, Decision.HIDDEN, item, user, locale, flash);
    }

    private String decide(
            UUID endorsement, Decision decision, UUID item, LaurelUser user, Locale locale, RedirectAttributes flash) {
        if (!received.decide(endorsement, user.accountId(), decision)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        flash.addFlashAttribute("flash", messages.getMessage("endorsement.decided." + decision.key(), null, locale));
        return back(item) + "#endorsements";
    }

    /** Where the earner came from: the credential's backpack page, or the backpack. */
    private static String back(UUID item) {
        return item == null ? "redirect:/backpack" : "redirect:/backpack/items/" + item;
    }

    private String form(LaurelUser user, Model model, UUID id, UUID item, Ask ask) {
        model.addAttribute("credentialId", id);
        model.addAttribute("item", item);
        model.addAttribute("ask", ask);
        model.addAttribute("held", credentials.all(user.accountId(), user.email()));
        model.addAttribute("maxMessage", Ask.MAX_MESSAGE);
        return "credentialendorsements/ask";
    }

    private IssuedCredential held(LaurelUser user, UUID id) {
        return credentials
                .held(user.accountId(), user.email(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
