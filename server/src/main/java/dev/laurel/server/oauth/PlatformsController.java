package dev.laurel.server.oauth;

import dev.laurel.server.accounts.LaurelUser;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Revoke access" on the account page's list of connected platforms. */
@Controller
class PlatformsController {

    private final ConnectedPlatforms platforms;
    private final MessageSource messages;

    PlatformsController(ConnectedPlatforms platforms, MessageSource messages) {
        this.platforms = platforms;
        this.messages = messages;
    }

    @PostMapping("/account/platforms/revoke")
    String revoke(
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam("client") String client,
            Locale locale,
            RedirectAttributes flash) {
        if (platforms.revoke(user.accountId(), client)) {
            flash.addFlashAttribute("flash", messages.getMessage("platforms.revoked", null, locale));
        }
        return "redirect:/backpack/account#platforms";
    }
}
