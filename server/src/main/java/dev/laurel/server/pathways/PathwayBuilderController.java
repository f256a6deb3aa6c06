package dev.laurel.server.pathways;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.platform.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * An organization's pathways, for its members: the list, and the builder where issuers write one (its tree as
 * {@link StepJson} from the page's script), publish it, take it back or delete it; viewers read them.
 */
@Controller
class PathwayBuilderController {

    private static final int SEARCH_RESULTS = 12;

    private final Pathways pathways;
    private final EarnerCounts counts;
    private final StepOutline lines;
    private final PathwayDiagram diagram;
    private final Badges badges;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;

    PathwayBuilderController(
            Pathways pathways,
            EarnerCounts counts,
            StepOutline lines,
            PathwayDiagram diagram,
            Badges badges,
            Organizations organizations,
            TenantAccess access,
            MessageSource messages) {
        this.pathways = pathways;
        this.counts = counts;
        this.lines = lines;
        this.diagram = diagram;
        this.badges = badges;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
    }

    /** A pathway in the list, with how many are on it and how many completed it. */
    record Row(Pathway pathway, String goal, int earners, int completed) {}

    @GetMapping("/organizations/{id}/pathways")
    String list(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        OrganizationId organization = new OrganizationId(id);
        Role role = access.require(organization, user, Role.VIEWER);
        Map<BadgeId, String> names = new HashMap<>();
        badges.of(organization).forEach(b -> names.put(b.id(), b.name()));
        Map<PathwayId, EarnerCounts.Count> counted = counts.of(organization);
        List<Row> rows = pathways.of(organization).stream()
                .map(pathway -> {
                    EarnerCounts.Count count = counted.getOrDefault(pathway.id(), EarnerCounts.Count.NONE);
                    return new Row(pathway, names.getOrDefault(pathway.goal(), ""), count.earners(), count.completed());
                })
                .toList();
        model.addAttribute("organization", organizations.find(organization).orElseThrow());
        model.addAttribute("rows", rows);
        model.addAttribute("canEdit", role.includes(Role.ISSUER));
        return "pathways/list";
    }

    @GetMapping("/organizations/{id}/pathways/new")
    String create(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model, Locale locale) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        return builder(new OrganizationId(id), null, PathwayForm.empty(), null, true, model, locale);
    }

    @PostMapping("/organizations/{id}/pathways")
    String create(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            @ModelAttribute PathwayForm form,
            Model model,
            Locale locale,
            RedirectAttributes flash) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        try {
            Pathway pathway = pathways.create(organization, new Actor.Member(user), form.draft());
            flash.addFlashAttribute("flash", messages.getMessage("pathways.org.saved", null, locale));
            return "redirect:/organizations/" + id + "/pathways/" + pathway.id();
        } catch (Problem refused) {
            return builder(organization, null, form, refused, true, model, locale);
        }
    }

    @GetMapping("/organizations/{id}/pathways/{pathwayId}")
    String show(
            @PathVariable UUID id,
            @PathVariable String pathwayId,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            Locale locale) {
        OrganizationId organization = new OrganizationId(id);
        Role role = access.require(organization, user, Role.VIEWER);
        Pathway pathway = pathway(organization, pathwayId);
        return builder(organization, pathway, PathwayForm.of(pathway), null, role.includes(Role.ISSUER), model, locale);
    }

    @PostMapping("/organizations/{id}/pathways/{pathwayId}")
    String update(
            @PathVariable UUID id,
            @PathVariable String pathwayId,
            @AuthenticationPrincipal LaurelUser user,
            @ModelAttribute PathwayForm form,
            Model model,
            Locale locale,
            RedirectAttributes flash) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        Pathway pathway = pathway(organization, pathwayId);
        try {
            pathways.update(organization, pathway.id(), new Actor.Member(user), form.draft());
            flash.addFlashAttribute("flash", messages.getMessage("pathways.org.saved", null, locale));
            return "redirect:/organizations/" + id + "/pathways/" + pathwayId;
        } catch (Problem refused) {
            return builder(organization, pathway, form, refused, true, model, locale);
        }
    }

    @PostMapping("/organizations/{id}/pathways/{pathwayId}/publish")
    String publish(
            @PathVariable UUID id,
            @PathVariable String pathwayId,
            @RequestParam(required = false) Boolean published,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        boolean publishing = Boolean.TRUE.equals(published);
        pathways.publish(organization, pathway(organization, pathwayId).id(), new Actor.Member(user), publishing);
        flash.addFlashAttribute(
                "flash",
                messages.getMessage(publishing ? "pathways.org.published" : "pathways.org.unpublished", null, locale));
        return "redirect:/organizations/" + id + "/pathways/" + pathwayId;
    }

    @PostMapping("/organizations/{id}/pathways/{pathwayId}/delete")
    String delete(
            @PathVariable UUID id,
            @PathVariable String pathwayId,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        Pathway pathway = pathway(organization, pathwayId);
        try {
            pathways.delete(organization, pathway.id(), new Actor.Member(user));
        } catch (Problem refused) {
            if (!refused.is(PathwayError.IN_USE)) {
                throw refused;
            }
            flash.addFlashAttribute(
                    "flashError", messages.getMessage("pathways.org.inUse", new Object[] {pathway.name()}, locale));
            return "redirect:/organizations/" + id + "/pathways/" + pathwayId;
        }
        flash.addFlashAttribute(
                "flash", messages.getMessage("pathways.org.deleted", new Object[] {pathway.name()}, locale));
        return "redirect:/organizations/" + id + "/pathways";
    }

    /** The diagram of the pathway's tree, as its own SVG document (no script, no outside resources). */
    @GetMapping(value = "/organizations/{id}/pathways/{pathwayId}/diagram.svg", produces = "image/svg+xml")
    ResponseEntity<String> diagram(
            @PathVariable UUID id, @PathVariable String pathwayId, @AuthenticationPrincipal LaurelUser user) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.VIEWER);
        return ResponseEntity.ok()
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:")
                .header("X-Content-Type-Options", "nosniff")
                .body(diagram.svg(pathway(organization, pathwayId), null));
    }

    /** The organization's badges whose name holds {@code q}: the builder's search, answered to htmx as a list. */
    @GetMapping("/organizations/{id}/pathways/badges")
    String search(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String q,
            @AuthenticationPrincipal LaurelUser user,
            Model model) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        String query = q.strip().toLowerCase(Locale.ROOT);
        model.addAttribute("query", q.strip());
        model.addAttribute(
                "found",
                badges.of(organization).stream()
                        .filter(b -> query.isEmpty()
                                || b.name().toLowerCase(Locale.ROOT).contains(query))
                        .limit(SEARCH_RESULTS)
                        .toList());
        return "pathways/badge-search :: results";
    }

    private String builder(
            OrganizationId organization,
            Pathway pathway,
            PathwayForm form,
            Problem refused,
            boolean canEdit,
            Model model,
            Locale locale) {
        List<Badge> all = badges.of(organization);
        ArrayNode names = JsonNodeFactory.instance.arrayNode();
        all.forEach(b -> names.addObject().put("id", b.id().value().toString()).put("name", b.name()));
        model.addAttribute("organization", organizations.find(organization).orElseThrow());
        model.addAttribute("pathway", pathway);
        model.addAttribute("form", form);
        model.addAttribute("badges", all);
        model.addAttribute("badgeNames", Json.write(names));
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("lines", pathway == null ? List.of() : lines.of(pathway, locale));
        if (refused != null) {
            model.addAttribute("error", FieldError.of(refused));
        }
        return "pathways/builder";
    }

    /** The organization's pathway; not found for another's, or for an id that is none (after the access check). */
    private Pathway pathway(OrganizationId organization, String pathwayId) {
        UUID id;
        try {
            id = UUID.fromString(pathwayId);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return pathways.find(new PathwayId(id))
                .filter(p -> p.organizationId().equals(organization))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
