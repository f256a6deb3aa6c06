package dev.laurel.server.lifecycle;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /unsubscribe/TOKEN}, the link in every reminder mail: a POST (a mail client's one-click unsubscription, RFC
 * 8058, or the page's button) stops reminder mails to the address, with no login and no CSRF token; a GET shows a page
 * asking to confirm, so a link opened by a scanner changes nothing.
 */
@Controller
class UnsubscribeController {

    private final Unsubscribes unsubscribes;

    UnsubscribeController(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("token", wellFormed(token));
        model.addAttribute("done", false);
        return "lifecycle/unsubscribe";
    }

    @PostMapping("/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        unsubscribes.unsubscribe(wellFormed(token));
        model.addAttribute("token", token);
        model.addAttribute("done", true);
        return "lifecycle/unsubscribe";
    }

    private static String wellFormed(String token) {
        if (!Unsubscribes.wellFormed(token)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return token;
    }
}
