package dev.laurel.server.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Email me a sign-in link": asking answers the same page whether or not the address has an account; the mailed link
 * opens a page whose button logs in (a button, so that mail scanners opening links do not use them up) and goes to the
 * backpack. A used, expired or unknown link gets a page saying so.
 */
@Controller
class LoginLinkController {

    /** Where a sign-in link leads. */
    static final String LANDING = "/backpack";

    private final LoginLinks links;
    private final SessionLogin sessions;
    private final Clock clock;

    LoginLinkController(LoginLinks links, SessionLogin sessions, Clock clock) {
        this.links = links;
        this.sessions = sessions;
        this.clock = clock;
    }

    @PostMapping("/login/link")
    String send(@RequestParam(required = false) String email, Locale locale, HttpServletRequest request) {
        links.send(email, request.getRemoteAddr(), locale);
        return "redirect:/login/link/sent";
    }

    @GetMapping("/login/link/sent")
    String sent() {
        return "accounts/login-link-sent";
    }

    @GetMapping("/login/link/open")
    String open(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("outcome", links.check(token).name());
        return "accounts/login-link";
    }

    @PostMapping("/login/link/open")
    String use(
            @RequestParam(required = false) String token,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        LoginLinks.Use use = links.use(token);
        if (use.user().isEmpty()) {
            model.addAttribute("outcome", use.outcome().name());
            return "accounts/login-link";
        }
        sessions.logIn(use.user().get(), request, response);
        AccountErasure.signedInByLink(request.getSession(), clock.instant());
        return "redirect:" + LANDING;
    }
}
