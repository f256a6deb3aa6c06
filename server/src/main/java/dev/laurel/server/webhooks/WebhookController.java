package dev.laurel.server.webhooks;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The webhooks pages, for owners and admins: the endpoints, adding one (its secret shown once), an endpoint's
 * settings, rotation, pausing, deletion, and its delivery log with redelivery. Every handler checks the role first,
 * so another organization's members get 403 whatever the ids.
 */
@Controller
class WebhookController {

    static final int PAGE_SIZE = 25;

    private final Webhooks webhooks;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;

    WebhookController(Webhooks webhooks, Organizations organizations, TenantAccess access, MessageSource messages) {
        this.webhooks = webhooks;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
    }

    /** The endpoint form as typed, to show it again with an error. */
    record Form(String url, String description, List<String> events, boolean enabled) {

        static Form blank() {
            return new Form("", "", List.of(EventFilter.ALL), true);
        }

        static Form of(WebhookEndpoint endpoint) {
            return new Form(
                    endpoint.url().toString(),
                    endpoint.description(),
                    endpoint.events().keys(),
                    endpoint.enabled());
        }

        public boolean wants(String key) {
            return events.contains(key);
        }

        Webhooks.Changes changes() {
            return new Webhooks.Changes(url, description, events, enabled);
        }
    }

    /** A refused form: the field at fault (null for the whole form) and why. */
    record FormError(String field, String message) {}

    @GetMapping("/organizations/{id}/webhooks")
    String endpoints(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        return endpointsPage(id, Form.blank(), null, model);
    }

    @PostMapping("/organizations/{id}/webhooks")
    String create(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) List<String> events,
            @RequestParam(required = false) String enabled,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        Form form = new Form(url, description, events == null ? List.of() : events, enabled != null);
        try {
            Webhooks.Created created = webhooks.create(id, form.changes());
            return secretPage(id, created.endpoint(), created.secret(), true, model, response);
        } catch (Invalid.Exception e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return endpointsPage(id, form, error(e, locale), model);
        }
    }

    @GetMapping("/organizations/{id}/webhooks/{endpointId}")
    String endpoint(
            @PathVariable UUID id,
            @PathVariable String endpointId,
            @RequestParam(required = false) String before,
            @AuthenticationPrincipal LaurelUser user,
            Model model) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        WebhookEndpoint endpoint = endpoint(id, endpointId);
        return endpointPage(endpoint, Form.of(endpoint), null, uuidOrNull(before), model);
    }

    @PostMapping("/organizations/{id}/webhooks/{endpointId}")
    String update(
            @PathVariable UUID id,
            @PathVariable String endpointId,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) List<String> events,
            @RequestParam(required = false) String enabled,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        WebhookEndpoint endpoint = endpoint(id, endpointId);
        Form form = new Form(url, description, events == null ? List.of() : events, enabled != null);
        try {
            webhooks.update(id, endpoint.id(), form.changes());
        } catch (Invalid.Exception e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return endpointPage(endpoint, form, error(e, locale), null, model);
        }
        flash.addFlashAttribute("flash", messages.getMessage("webhooks.saved", null, locale));
        return "redirect:/organizations/" + id + "/webhooks/" + endpoint.id();
    }

    @PostMapping("/organizations/{id}/webhooks/{endpointId}/enabled")
    String enable(
            @PathVariable UUID id,
            @PathVariable String endpointId,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(defaultValue = "false") boolean enabled,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        WebhookEndpoint endpoint = endpoint(id, endpointId);
        webhooks.update(id, endpoint.id(), new Webhooks.Changes(null, null, null, enabled));
        flash.addFlashAttribute(
                "flash",
                messages.getMessage(enabled ? "webhooks.flash.enabled" : "webhooks.flash.disabled", null, locale));
        return "redirect:/organizations/" + id + "/webhooks/" + endpoint.id();
    }

    @PostMapping("/organizations/{id}/webhooks/{endpointId}/rotate")
    String rotate(
            @PathVariable UUID id,
            @PathVariable String endpointId,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            HttpServletResponse response) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        WebhookEndpoint endpoint = endpoint(id, endpointId);
        String secret = webhooks.rotate(id, endpoint.id()).orElseThrow(WebhookController::notFound);
        return secretPage(id, endpoint, secret, false, model, response);
    }

    @PostMapping("/organizations/{id}/webhooks/{endpointId}/delete")
    String delete(
            @PathVariable UUID id,
            @PathVariable String endpointId,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        WebhookEndpoint endpoint = endpoint(id, endpointId);
        webhooks.delete(id, endpoint.id());
        flash.addFlashAttribute(
                "flash", messages.getMessage("webhooks.deleted", new Object[] {endpoint.url()}, locale));
        return "redirect:/organizations/" + id + "/webhooks";
    }

    @PostMapping("/organizations/{id}/webhooks/{endpointId}/deliveries/{deliveryId}/redeliver")
    String redeliver(
            @PathVariable UUID id,
            @PathVariable String endpointId,
            @PathVariable String deliveryId,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        access.require(new OrganizationId(id), user, Role.ADMIN);
        WebhookEndpoint endpoint = endpoint(id, endpointId);
        if (!endpoint.enabled()) {
            flash.addFlashAttribute("flashError", messages.getMessage("webhooks.redeliver.disabled", null, locale));
            return "redirect:/organizations/" + id + "/webhooks/" + endpoint.id();
        }
        UUID delivery = uuidOrNull(deliveryId);
        Deliveries.Redelivery outcome = delivery == null
                ? Deliveries.Redelivery.NOT_FOUND
                : webhooks.redeliver(id, endpoint.id(), delivery).outcome();
        switch (outcome) {
            case NOT_FOUND -> throw notFound();
            case IN_PROGRESS ->
                flash.addFlashAttribute("flashError", messages.getMessage("webhooks.redeliver.busy", null, locale));
            case QUEUED ->
                flash.addFlashAttribute("flash", messages.getMessage("webhooks.redeliver.queued", null, locale));
        }
        return "redirect:/organizations/" + id + "/webhooks/" + endpoint.id();
    }

    private String endpointsPage(UUID id, Form form, FormError error, Model model) {
        model.addAttribute(
                "organization", organizations.find(new OrganizationId(id)).orElseThrow());
        model.addAttribute("endpoints", webhooks.of(id));
        model.addAttribute("eventTypes", EventType.values());
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("maxEndpoints", Webhooks.MAX_ENDPOINTS);
        return "webhooks/endpoints";
    }

    private String endpointPage(WebhookEndpoint endpoint, Form form, FormError error, UUID before, Model model) {
        List<Delivery> found = webhooks.deliveries(endpoint.organizationId(), endpoint.id(), before, PAGE_SIZE + 1);
        List<Delivery> shown = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
        model.addAttribute(
                "organization",
                organizations
                        .find(new OrganizationId(endpoint.organizationId()))
                        .orElseThrow());
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("eventTypes", EventType.values());
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("deliveries", shown);
        model.addAttribute("older", found.size() > PAGE_SIZE ? shown.getLast().id() : null);
        model.addAttribute("paged", before != null);
        return "webhooks/endpoint";
    }

    private String secretPage(
            UUID id,
            WebhookEndpoint endpoint,
            String secret,
            boolean created,
            Model model,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute(
                "organization", organizations.find(new OrganizationId(id)).orElseThrow());
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("secret", secret);
        model.addAttribute("created", created);
        return "webhooks/secret";
    }

    private FormError error(Invalid.Exception e, Locale locale) {
        return new FormError(e.field(), messages.getMessage(e.reason().messageKey(), null, e.getMessage(), locale));
    }

    private WebhookEndpoint endpoint(UUID organizationId, String endpointId) {
        UUID id = uuidOrNull(endpointId);
        if (id == null) {
            throw notFound();
        }
        return webhooks.find(organizationId, id).orElseThrow(WebhookController::notFound);
    }

    private static UUID uuidOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
