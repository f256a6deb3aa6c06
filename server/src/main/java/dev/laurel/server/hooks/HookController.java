package dev.laurel.server.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.platform.LaurelSettings;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hooks pages, for owners and admins: the mappings, adding one, a mapping's hook URL with a curl example, its
 * settings, its recent events, a preview of a sample event, pausing and deletion. Every handler checks the role
 * first, so another organization's members get 403 whatever the ids.
 */
@Controller
class HookController {

    static final int RECENT = 25;

    private final Hooks hooks;
    private final Badges badges;
    private final Organizations organizations;
    private final TenantAccess access;
    private final LaurelSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    HookController(
            Hooks hooks,
            Badges badges,
            Organizations organizations,
            TenantAccess access,
            LaurelSettings settings,
            MessageSource messages,
            Clock clock) {
        this.hooks = hooks;
        this.badges = badges;
        this.organizations = organizations;
        this.access = access;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/organizations/{id}/hooks")
    String mappings(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        return mappingsPage(id, HookForm.blank(), Map.of(), model);
    }

    @PostMapping("/organizations/{id}/hooks")
    String create(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            @ModelAttribute HookForm form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        HookMapping mapping;
        try {
            mapping = hooks.create(id, form.draft());
        } catch (Hooks.Invalid e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return mappingsPage(id, form, errors(e, locale), model);
        } catch (Hooks.TooMany e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return mappingsPage(
                    id, form, Map.of("", message("hooks.error.too-many", Hooks.MAX_MAPPINGS, locale)), model);
        }
        flash.addFlashAttribute("flash", message("hooks.created", mapping.name(), locale));
        return "redirect:/organizations/" + id + "/hooks/" + mapping.id();
    }

    @GetMapping("/organizations/{id}/hooks/{mappingId}")
    String mapping(
            @PathVariable UUID id,
            @PathVariable String mappingId,
            @AuthenticationPrincipal LaurelUser user,
            Model model) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        HookMapping mapping = mapping(id, mappingId);
        return mappingPage(mapping, HookForm.of(mapping), Map.of(), sample(mapping), null, model);
    }

    @PostMapping("/organizations/{id}/hooks/{mappingId}")
    String update(
            @PathVariable UUID id,
            @PathVariable String mappingId,
            @AuthenticationPrincipal LaurelUser user,
            @ModelAttribute HookForm form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        HookMapping mapping = mapping(id, mappingId);
        try {
            hooks.update(id, mapping.id(), form.draft()).orElseThrow(HookController::notFound);
        } catch (Hooks.Invalid e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return mappingPage(mapping, form, errors(e, locale), sample(mapping), null, model);
        }
        flash.addFlashAttribute("flash", message("hooks.saved", null, locale));
        return "redirect:/organizations/" + id + "/hooks/" + mapping.id();
    }

    @PostMapping("/organizations/{id}/hooks/{mappingId}/enabled")
    String enable(
            @PathVariable UUID id,
            @PathVariable String mappingId,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(defaultValue = "false") boolean enabled,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        HookMapping mapping = mapping(id, mappingId);
        hooks.enable(id, mapping.id(), enabled);
        flash.addFlashAttribute(
                "flash", message(enabled ? "hooks.flash.enabled" : "hooks.flash.disabled", null, locale));
        return "redirect:/organizations/" + id + "/hooks/" + mapping.id();
    }

    @PostMapping("/organizations/{id}/hooks/{mappingId}/delete")
    String delete(
            @PathVariable UUID id,
            @PathVariable String mappingId,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        HookMapping mapping = mapping(id, mappingId);
        hooks.delete(id, mapping.id());
        flash.addFlashAttribute("flash", message("hooks.deleted", mapping.name(), locale));
        return "redirect:/organizations/" + id + "/hooks";
    }

    @PostMapping("/organizations/{id}/hooks/{mappingId}/preview")
    String preview(
            @PathVariable UUID id,
            @PathVariable String mappingId,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(required = false) String event,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        HookMapping mapping = mapping(id, mappingId);
        String typed = event == null ? "" : event;
        JsonNode parsed;
        try {
            parsed = Json.parse(typed);
        } catch (MalformedJsonException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("previewError", message("hooks.preview.malformed", e.getMessage(), locale));
            return mappingPage(mapping, HookForm.of(mapping), Map.of(), typed, null, model);
        }
        PreviewResource preview = PreviewResource.of(hooks.preview(mapping, parsed));
        return mappingPage(mapping, HookForm.of(mapping), Map.of(), typed, preview, model);
    }

    private String mappingsPage(UUID id, HookForm form, Map<String, String> errors, Model model) {
        model.addAttribute(
                "organization", organizations.find(new OrganizationId(id)).orElseThrow());
        model.addAttribute("mappings", hooks.of(id));
        var designed = badges.of(new OrganizationId(id));
        Map<UUID, String> names = new LinkedHashMap<>();
        designed.forEach(badge -> names.put(badge.id().value(), badge.name()));
        model.addAttribute("badges", designed);
        model.addAttribute("badgeNames", names);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("maxMappings", Hooks.MAX_MAPPINGS);
        model.addAttribute("hookBase", settings.url("/api/v1/hooks/"));
        return "hooks/mappings";
    }

    private String mappingPage(
            HookMapping mapping,
            HookForm form,
            Map<String, String> errors,
            String event,
            PreviewResource preview,
            Model model) {
        UUID organization = mapping.organizationId();
        model.addAttribute(
                "organization",
                organizations.find(new OrganizationId(organization)).orElseThrow());
        model.addAttribute("mapping", mapping);
        model.addAttribute("badges", badges.of(new OrganizationId(organization)));
        model.addAttribute(
                "badgeName",
                badges.find(new BadgeId(mapping.achievementId()))
                        .map(Badge::name)
                        .orElse(""));
        String hookUrl = settings.url("/api/v1/hooks/" + mapping.id());
        model.addAttribute("hookUrl", hookUrl);
        model.addAttribute("curl", curl(hookUrl, sample(mapping)));
        model.addAttribute("event", event);
        model.addAttribute("preview", preview);
        model.addAttribute("events", hooks.recent(mapping, RECENT));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "hooks/mapping";
    }

    private String sample(HookMapping mapping) {
        return Json.writePretty(SampleEvent.of(mapping, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
    }

    /** The curl command that posts {@code event} to the hook, for a POSIX shell. */
    static String curl(String hookUrl, String event) {
        return "curl -X POST " + hookUrl
                + " \\\n  -H \"Authorization: Bearer $LAUREL_KEY\" -H 'Content-Type: application/json' \\\n" + "  -d '"
                + event.replace("'", "'\\''") + "'";
    }

    /** Each wrong field's message, by the form's field name. */
    private Map<String, String> errors(Hooks.Invalid e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Hooks.Violation v : e.violations()) {
            errors.putIfAbsent(
                    HookForm.field(v.field()),
                    messages.getMessage("hooks.error." + v.key(), null, v.message(), locale));
        }
        return errors;
    }

    private String message(String key, Object argument, Locale locale) {
        return messages.getMessage(key, argument == null ? null : new Object[] {argument}, locale);
    }

    private HookMapping mapping(UUID organizationId, String mappingId) {
        try {
            return hooks.find(organizationId, UUID.fromString(mappingId)).orElseThrow(HookController::notFound);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
