package dev.laurel.server.backpack;

import dev.laurel.server.accounts.LaurelUser;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing the earner's public profile: its handle ({@code /u/HANDLE}), name, a few words, published or not. */
@Controller
class ProfileController {

    private static final Pattern HANDLE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    private final Profiles profiles;
    private final MessageSource messages;

    ProfileController(Profiles profiles, MessageSource messages) {
        this.profiles = profiles;
        this.messages = messages;
    }

    @GetMapping("/backpack/profile")
    String form(@AuthenticationPrincipal LaurelUser user, Model model) {
        model.addAttribute(
                "profile",
                profiles.of(user.accountId())
                        .orElse(new Profiles.Profile(user.accountId(), "", user.displayName(), null, false)));
        return "backpack/profile";
    }

    @PostMapping("/backpack/profile")
    String save(
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam String handle,
            @RequestParam String displayName,
            @RequestParam(required = false) String bio,
            @RequestParam(defaultValue = "false") boolean published,
            Locale locale,
            RedirectAttributes flash) {
        String chosen = handle == null ? "" : handle.strip().toLowerCase(Locale.ROOT);
        if (!HANDLE.matcher(chosen).matches() || displayName == null || displayName.isBlank()) {
            flash.addFlashAttribute("flashError", messages.getMessage("profile.invalid", null, locale));
            return "redirect:/backpack/profile";
        }
        Profiles.Profile profile = new Profiles.Profile(
                user.accountId(),
                chosen,
                displayName.strip(),
                bio == null || bio.isBlank() ? null : bio.strip(),
                published);
        boolean saved;
        try {
            saved = profiles.save(profile);
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            saved = false;
        }
        flash.addFlashAttribute(
                saved ? "flash" : "flashError",
                messages.getMessage(saved ? "profile.saved" : "profile.taken", null, locale));
        return "redirect:/backpack/profile";
    }
}
