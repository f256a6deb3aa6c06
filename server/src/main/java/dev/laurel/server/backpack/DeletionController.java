package dev.laurel.server.backpack;

import dev.laurel.server.accounts.AccountErasure;
import dev.laurel.server.accounts.LaurelUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deleting one's account from {@code /backpack/account}, confirmed by the password (or a sign-in link used minutes
 * ago); then the session ends and a page says what was kept.
 */
@Controller
class DeletionController {

    private final EarnerDeletion deletion;
    private final AccountErasure erasure;
    private final MessageSource messages;

    DeletionController(EarnerDeletion deletion, AccountErasure erasure, MessageSource messages) {
        this.deletion = deletion;
        this.erasure = erasure;
        this.messages = messages;
    }

    @PostMapping("/backpack/account/delete")
    String delete(
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(required = false) String password,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes flash) {
        if (deletion.refusal(user.accountId()) != null) {
            flash.addFlashAttribute("flashError", messages.getMessage("delete.member", null, locale));
            return "redirect:/backpack/account";
        }
        switch (erasure.confirm(user.accountId(), password, request.getSession(false))) {
            case CONFIRMED -> {}
            case WRONG_PASSWORD -> {
                flash.addFlashAttribute("flashError", messages.getMessage("delete.wrongPassword", null, locale));
                return "redirect:/backpack/account";
            }
            case TOO_MANY_ATTEMPTS -> {
                flash.addFlashAttribute("flashError", messages.getMessage("delete.tooManyAttempts", null, locale));
                return "redirect:/backpack/account";
            }
        }
        deletion.delete(user.accountId());
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "backpack/deleted";
    }
}
