package dev.laurel.server.pathways;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.Organizations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
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
 * "My pathways" in the backpack: each pathway the earner is on (enrolled by its issuer or joined), how far along, the
 * diagram of their progress and what to earn next; joining a published pathway (any other is not found, 404); the
 * step mails on or off.
 */
@Controller
class MyPathwaysController {

    private final PathwayProgress progress;
    private final Pathways pathways;
    private final PathwayDiagram diagram;
    private final StepLines lines;
    private final Organizations organizations;
    private final SignedInEarner earner;
    private final MessageSource messages;

    MyPathwaysController(
            PathwayProgress progress,
            Pathways pathways,
            PathwayDiagram diagram,
            StepLines lines,
            Organizations organizations,
            SignedInEarner earner,
            MessageSource messages) {
        this.progress = progress;
        this.pathways = pathways;
        this.diagram = diagram;
        this.lines = lines;
        this.organizations = organizations;
        this.earner = earner;
        this.messages = messages;
    }

    /**
     * A pathway the earner is on, as the page shows it.
     *
     * @param done the steps complete (the goal not counted)
     * @param inProgress the groups started but not complete (something under them is)
     * @param toDo the steps not started
     * @param next the requirements still to meet
     */
    record Entry(
            Pathway pathway,
            Organization organization,
            Progress progress,
            boolean enrolled,
            boolean joined,
            int done,
            int inProgress,
            int toDo,
            String diagram,
            List<StepLines.Line> next) {}

    @GetMapping("/backpack/pathways")
    String show(@AuthenticationPrincipal LaurelUser user, @RequestParam(required = false) UUID join, Model model) {
        List<PathwayProgress.Joined> joined = progress.ofEarner(earner.addresses(user));
        model.addAttribute("entries", joined.stream().map(this::entry).toList());
        model.addAttribute("mails", progress.mails(user.email()));
        if (join != null) {
            pathways.find(new PathwayId(join))
                    .filter(Pathway::published)
                    .filter(pathway ->
                            joined.stream().noneMatch(j -> j.pathway().id().equals(pathway.id())))
                    .ifPresent(pathway -> model.addAttribute("offer", pathway));
        }
        return "pathways/mine";
    }

    @PostMapping("/backpack/pathways/{id}/join")
    String join(
            @PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Locale locale, RedirectAttributes flash) {
        Pathway pathway = pathways.find(new PathwayId(id))
                .filter(Pathway::published)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        progress.join(pathway.id(), user.email());
        flash.addFlashAttribute(
                "flash", messages.getMessage("pathway.mine.joined", new Object[] {pathway.name()}, locale));
        return "redirect:/backpack/pathways";
    }

    @PostMapping("/backpack/pathways/mails")
    String mails(
            @RequestParam boolean enabled,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        progress.mails(user.email(), enabled);
        flash.addFlashAttribute(
                "flash", messages.getMessage("pathway.mine.mails." + (enabled ? "on" : "off"), null, locale));
        return "redirect:/backpack/pathways";
    }

    private Entry entry(PathwayProgress.Joined joined) {
        Pathway pathway = joined.pathway();
        Progress standing = joined.progress();
        Map<String, Progress.StepProgress> standings = standing.byId();
        Map<DiagramDrawing.Status, Long> counts = pathway.steps()
                .flatten()
                .filter(step -> step != pathway.steps())
                .collect(Collectors.groupingBy(step -> DiagramDrawing.status(step, standings), Collectors.counting()));
        int done = counts.getOrDefault(DiagramDrawing.Status.DONE, 0L).intValue();
        int started = counts.getOrDefault(DiagramDrawing.Status.IN_PROGRESS, 0L).intValue();
        int toDo = counts.getOrDefault(DiagramDrawing.Status.TO_DO, 0L).intValue();
        return new Entry(
                pathway,
                organizations.find(pathway.organizationId()).orElse(null),
                standing,
                joined.enrolled(),
                joined.joined(),
                done,
                started,
                toDo,
                diagram.svg(pathway, standing),
                standing.completed() ? List.of() : lines.next(pathway, standing));
    }
}
