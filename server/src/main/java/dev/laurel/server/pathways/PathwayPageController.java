package dev.laurel.server.pathways;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.LaurelSettings;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A published pathway's public page, {@code /pathways/ID} as HTML: its goal and issuer, the diagram, every step with
 * its badge, criteria and issuer, a way to join it, and what link previews read (Open Graph, the Twitter card). The
 * same address answers JSON-LD to those who ask for it (another controller); an unpublished pathway is not found.
 */
@Controller
class PathwayPageController {

    private final Pathways pathways;
    private final PathwayProgress progress;
    private final PathwayDiagram diagram;
    private final StepLines lines;
    private final Badges badges;
    private final Organizations organizations;
    private final SignedInEarner earner;
    private final LaurelSettings settings;

    PathwayPageController(
            Pathways pathways,
            PathwayProgress progress,
            PathwayDiagram diagram,
            StepLines lines,
            Badges badges,
            Organizations organizations,
            SignedInEarner earner,
            LaurelSettings settings) {
        this.pathways = pathways;
        this.progress = progress;
        this.diagram = diagram;
        this.lines = lines;
        this.badges = badges;
        this.organizations = organizations;
        this.earner = earner;
        this.settings = settings;
    }

    /**
     * The page, for browsers. No {@code produces}, as {@code /c/ID} does: the JSON-LD mapping at the same path names
     * its media types, so it is the more specific for {@code application/ld+json}, {@code application/json} and
     * {@code *}{@code /*}, and this one answers {@code text/html}; two mappings both naming a type would tie on
     * {@code *}{@code /*} (Spring's "ambiguous handler methods").
     */
    @GetMapping("/pathways/{id}")
    String page(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Pathway pathway = pathways.find(new PathwayId(id))
                .filter(Pathway::published)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("pathway", pathway);
        model.addAttribute("goal", badges.find(pathway.goal()).orElse(null));
        model.addAttribute(
                "organization", organizations.find(pathway.organizationId()).orElseThrow());
        List<StepLines.Line> all = lines.of(pathway, null);
        model.addAttribute("lines", all);
        model.addAttribute(
                "byId",
                all.stream().collect(Collectors.toMap(line -> line.step().id(), line -> line)));
        model.addAttribute("diagram", diagram.svg(pathway, null));
        model.addAttribute("pageUrl", settings.url("/pathways/" + id));
        model.addAttribute("imageUrl", settings.url("/badges/" + pathway.goal() + "/image"));
        model.addAttribute("ctdlUrl", settings.url("/pathways/" + id + "/ctdl.json"));
        model.addAttribute(
                "onIt",
                user != null
                        && progress.ofEarner(earner.addresses(user)).stream()
                                .anyMatch(joined -> joined.pathway().id().equals(pathway.id())));
        return "pathways/public";
    }
}
