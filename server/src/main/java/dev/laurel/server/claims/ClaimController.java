package dev.laurel.server.claims;

import dev.laurel.server.accounts.LaurelUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The claim page a mailed link opens: the credential, and a way to accept it — log in or sign up first, coming back
 * here. Every kind of link (unknown, expired, revoked, accepted by someone, for a recipient who deleted their account)
 * gets a page that says what to do.
 */
@Controller
class ClaimController {

    private final Claiming claiming;
    private final MessageSource messages;

    ClaimController(Claiming claiming, MessageSource messages) {
        this.claiming = claiming;
        this.messages = messages;
    }

    @GetMapping("/claim/{token}")
    String show(
            @PathVariable String token,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            HttpServletResponse response) {
        return page(claiming.look(token, user), token, user, model, response);
    }

    @PostMapping("/claim/{token}")
    String accept(
            @PathVariable String token,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (user == null) {
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/login")
                            .queryParam("continue", "/claim/" + token)
                            .encode()
                            .build()
                            .toUriString();
        }
        Claiming.Lookup lookup = claiming.accept(token, user);
        if (lookup.status() != Claiming.Status.YOURS) {
            return page(lookup, token, user, model, response);
        }
        flash.addFlashAttribute(
                "flash",
                messages.getMessage(
                        "claim.accepted", new Object[] {lookup.credential().badgeName()}, locale));
        return "redirect:/backpack";
    }

    private static String page(
            Claiming.Lookup lookup, String token, LaurelUser user, Model model, HttpServletResponse response) {
        response.setStatus(
                switch (lookup.status()) {
                    case UNKNOWN -> HttpStatus.NOT_FOUND.value();
                    case EXPIRED, FORGOTTEN -> HttpStatus.GONE.value();
                    default -> HttpStatus.OK.value();
                });
        model.addAttribute("lookup", lookup);
        model.addAttribute("status", lookup.status().name());
        model.addAttribute("claimPath", "/claim/" + token);
        model.addAttribute("loggedIn", user != null);
        model.addAttribute("validityDays", CredentialMail.VALIDITY_DAYS);
        return "claims/claim";
    }
}
