package dev.laurel.server.organizations;

import dev.laurel.server.accounts.Accounts;
import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.platform.UploadedImage;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dashboard, creating an organization, its overview and its profile settings. */
@Controller
class OrganizationController {

    private final Organizations organizations;
    private final OrganizationService service;
    private final TenantAccess access;
    private final Accounts accounts;
    private final MessageSource messages;

    OrganizationController(
            Organizations organizations,
            OrganizationService service,
            TenantAccess access,
            Accounts accounts,
            MessageSource messages) {
        this.organizations = organizations;
        this.service = service;
        this.access = access;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal LaurelUser user, Model model) {
        model.addAttribute("memberships", organizations.of(user.accountId()));
        model.addAttribute("verified", verified(user));
        return "organizations/dashboard";
    }

    @GetMapping("/organizations/new")
    String newOrganization(@AuthenticationPrincipal LaurelUser user, Model model) {
        model.addAttribute("verified", verified(user));
        model.addAttribute("profile", new OrganizationProfile("", "", user.email(), "", ""));
        return "organizations/new";
    }

    @PostMapping("/organizations")
    String create(
            @AuthenticationPrincipal LaurelUser user,
            @Valid @ModelAttribute("profile") OrganizationProfile profile,
            BindingResult errors,
            Model model) {
        if (!verified(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "confirm your email address first");
        }
        if (errors.hasErrors()) {
            model.addAttribute("verified", true);
            return "organizations/new";
        }
        Organization organization = service.create(profile, user);
        return "redirect:/organizations/" + organization.id();
    }

    @GetMapping("/organizations/{id}")
    String overview(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        Role role = access.require(new OrganizationId(id), user, Role.VIEWER);
        model.addAttribute(
                "organization", organizations.find(new OrganizationId(id)).orElseThrow());
        model.addAttribute("role", role);
        return "organizations/overview";
    }

    @GetMapping("/organizations/{id}/settings")
    String settings(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        Organization organization = organizations.find(new OrganizationId(id)).orElseThrow();
        model.addAttribute("organization", organization);
        model.addAttribute("profile", OrganizationProfile.of(organization));
        return "organizations/settings";
    }

    @PostMapping("/organizations/{id}/settings")
    String updateSettings(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            @Valid @ModelAttribute("profile") OrganizationProfile profile,
            BindingResult errors,
            @RequestParam(name = "image", required = false) MultipartFile image,
            Model model,
            Locale locale,
            RedirectAttributes flash)
            throws IOException {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        UploadedImage.Checked checked = null;
        if (image != null && !image.isEmpty()) {
            switch (UploadedImage.check(image.getBytes(), true, false, 32)) {
                case UploadedImage.Accepted accepted -> checked = accepted.image();
                case UploadedImage.Refused refused ->
                    model.addAttribute("imageError", refused.refusal().message(messages, locale));
            }
        }
        if (errors.hasErrors() || model.containsAttribute("imageError")) {
            model.addAttribute(
                    "organization", organizations.find(new OrganizationId(id)).orElseThrow());
            return "organizations/settings";
        }
        service.updateProfile(new OrganizationId(id), profile, user);
        if (checked != null) {
            service.updateImage(new OrganizationId(id), checked, user);
        }
        flash.addFlashAttribute("flash", messages.getMessage("organization.saved", null, locale));
        return "redirect:/organizations/" + id + "/settings";
    }

    private boolean verified(LaurelUser user) {
        return accounts.find(user.accountId())
                .map(account -> account.emailVerified())
                .orElse(false);
    }
}
