package dev.laurel.server.apikeys;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization's API keys page, for its owners and admins: every key with its scopes and last use, making a key
 * (its secret shown once, on the answer to the form, never stored in the session), revoking one.
 */
@Controller
class ApiKeysController {

    private final ApiKeys keys;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;

    ApiKeysController(ApiKeys keys, Organizations organizations, TenantAccess access, MessageSource messages) {
        this.keys = keys;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/organizations/{id}/api-keys")
    String page(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        return page(id, "", List.of(), null, model);
    }

    @PostMapping("/organizations/{id}/api-keys")
    String create(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) List<String> scopes,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        String keyName = name == null ? "" : name.strip();
        List<String> chosen = scopes == null ? List.of() : scopes;
        Set<Scope> parsed = EnumSet.noneOf(Scope.class);
        try {
            chosen.forEach(scope -> parsed.add(Scope.parse(scope)));
        } catch (IllegalArgumentException e) {
            parsed.clear();
        }
        if (keyName.isEmpty() || keyName.length() > 100) {
            model.addAttribute("nameError", messages.getMessage("apikeys.name.invalid", null, locale));
        }
        if (parsed.isEmpty()) {
            model.addAttribute("scopesError", messages.getMessage("apikeys.scopes.required", null, locale));
        }
        if (model.containsAttribute("nameError") || model.containsAttribute("scopesError")) {
            return page(id, keyName, chosen, null, model);
        }
        ApiKeys.Created created = keys.create(id, keyName, parsed, new Actor.Member(user));
        response.setHeader("Cache-Control", "no-store");
        return page(id, "", List.of(), created, model);
    }

    @PostMapping("/organizations/{id}/api-keys/revoke")
    String revoke(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(required = false) String key,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        boolean revoked;
        try {
            revoked = key != null && keys.revoke(id, UUID.fromString(key.strip()), new Actor.Member(user));
        } catch (IllegalArgumentException e) {
            revoked = false;
        }
        flash.addFlashAttribute(
                revoked ? "flash" : "flashError",
                messages.getMessage(revoked ? "apikeys.revoked" : "apikeys.unknown", null, locale));
        return "redirect:/organizations/" + id + "/api-keys";
    }

    private String page(UUID id, String name, List<String> scopes, ApiKeys.Created created, Model model) {
        model.addAttribute(
                "organization", organizations.find(new OrganizationId(id)).orElseThrow());
        model.addAttribute("keys", keys.of(id));
        model.addAttribute("scopes", Scope.values());
        model.addAttribute("name", name);
        model.addAttribute("chosen", scopes);
        model.addAttribute("created", created);
        return "apikeys/keys";
    }
}
