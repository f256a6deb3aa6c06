package dev.laurel.server.backpack;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.accounts.Tokens;
import dev.laurel.server.notifications.MailTemplates;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.notifications.TokenLink;
import dev.laurel.server.oauth.ConnectedPlatforms;
import dev.laurel.server.platform.LaurelSettings;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The earner's further addresses: add one (a confirmation link is mailed to it), confirm it, remove it. Credentials
 * issued to any confirmed address are offered in the backpack.
 */
@Controller
class AddressController {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final EarnerAddresses addresses;
    private final Outbox outbox;
    private final MailTemplates mails;
    private final LaurelSettings settings;
    private final MessageSource messages;
    private final Clock clock;
    private final EarnerDeletion deletion;
    private final Items items;
    private final ConnectedPlatforms platforms;

    AddressController(
            EarnerAddresses addresses,
            Outbox outbox,
            MailTemplates mails,
            LaurelSettings settings,
            MessageSource messages,
            Clock clock,
            EarnerDeletion deletion,
            Items items,
            ConnectedPlatforms platforms) {
        this.platforms = platforms;
        this.deletion = deletion;
        this.items = items;
        this.addresses = addresses;
        this.outbox = outbox;
        this.mails = mails;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/backpack/account")
    String show(@AuthenticationPrincipal LaurelUser user, Model model) {
        model.addAttribute("login", user.email());
        model.addAttribute("addresses", addresses.further(user.accountId()));
        model.addAttribute("deletable", deletion.refusal(user.accountId()) == null);
        model.addAttribute("platforms", platforms.of(user.accountId()));
        return "backpack/account";
    }

    @PostMapping("/backpack/addresses")
    @Transactional
    String add(
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam String email,
            Locale locale,
            RedirectAttributes flash) {
        String address = email == null ? "" : email.strip();
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            flash.addFlashAttribute("flashError", messages.getMessage("address.invalid", null, locale));
            return "redirect:/backpack/account";
        }
        if (addresses.taken(address)) {
            flash.addFlashAttribute("flashError", messages.getMessage("address.taken", null, locale));
            return "redirect:/backpack/account";
        }
        String token = Tokens.generate();
        addresses.add(user.accountId(), address, Tokens.hash(token), clock.instant());
        outbox.enqueue(mails.render(
                "confirm-address",
                address,
                locale,
                Map.of(
                        "name",
                        user.displayName(),
                        "link",
                        new TokenLink(settings.url("/backpack/addresses/confirm?token=" + token), token))));
        flash.addFlashAttribute("flash", messages.getMessage("address.sent", new Object[] {address}, locale));
        return "redirect:/backpack/account";
    }

    @GetMapping("/backpack/addresses/confirm")
    String confirm(@RequestParam(required = false) String token, Model model) {
        Optional<UUID> account = token == null || token.isBlank()
                ? Optional.empty()
                : addresses.confirm(Tokens.hash(token), clock.instant());
        account.ifPresent(items::dueNow);
        boolean confirmed = account.isPresent();
        model.addAttribute("confirmed", confirmed);
        return "backpack/address-confirmed";
    }

    @PostMapping("/backpack/addresses/remove")
    String remove(
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam String email,
            Locale locale,
            RedirectAttributes flash) {
        addresses.remove(user.accountId(), email);
        items.dueNow(user.accountId());
        flash.addFlashAttribute("flash", messages.getMessage("address.removed", new Object[] {email}, locale));
        return "redirect:/backpack/account";
    }
}
