package dev.laurel.server.pathways;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.platform.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who is on a pathway, for the organization's members: how many completed each step, each earner's progress (also as
 * CSV), a cohort enrolled from a CSV upload; and, for issuers, a preview of where any one earner stands.
 */
@Controller
class PathwayEarnersController {

    /** The page lists this many earners; the CSV has them all up to {@link #EXPORTED}. */
    private static final int LISTED = 500;

    private static final int EXPORTED = 100_000;
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private final Pathways pathways;
    private final PathwayProgress progress;
    private final StepOutline lines;
    private final Organizations organizations;
    private final TenantAccess access;
    private final LaurelSettings settings;
    private final MessageSource messages;

    PathwayEarnersController(
            Pathways pathways,
            PathwayProgress progress,
            StepOutline lines,
            Organizations organizations,
            TenantAccess access,
            LaurelSettings settings,
            MessageSource messages) {
        this.pathways = pathways;
        this.progress = progress;
        this.lines = lines;
        this.organizations = organizations;
        this.access = access;
        this.settings = settings;
        this.messages = messages;
    }

    /** A step of the earners page: its line and how many earners completed it. */
    record StepCount(StepOutline.Line line, int completed) {}

    /** A step of the preview: its line and the earner's standing on it. */
    record StepStanding(StepOutline.Line line, Progress.StepProgress standing) {
        public String state() {
            return standing.done() ? "done" : standing.inProgress() ? "in-progress" : "to-do";
        }
    }

    @GetMapping("/organizations/{id}/pathways/{pathwayId}/preview")
    String preview(
            @PathVariable UUID id,
            @PathVariable String pathwayId,
            @RequestParam(required = false) String email,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            Locale locale) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        Pathway pathway = pathway(organization, pathwayId);
        model.addAttribute("organization", organizations.find(organization).orElseThrow());
        model.addAttribute("pathway", pathway);
        model.addAttribute("email", email == null ? "" : email.strip());
        if (email != null && !email.isBlank()) {
            if (!email.strip().matches("[^@\\s]+@[^@\\s]+")) {
                model.addAttribute("emailError", messages.getMessage("pathways.org.preview.invalid", null, locale));
            } else {
                Progress standing = progress.of(pathway, email);
                Map<String, StepOutline.Line> named = byStep(pathway, locale);
                model.addAttribute("progress", standing);
                model.addAttribute(
                        "standings",
                        standing.steps().stream()
                                .map(s -> new StepStanding(named.get(s.step().id()), s))
                                .toList());
            }
        }
        return "pathways/preview";
    }

    @GetMapping("/organizations/{id}/pathways/{pathwayId}/earners")
    String earners(
            @PathVariable UUID id,
            @PathVariable String pathwayId,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            Locale locale) {
        OrganizationId organization = new OrganizationId(id);
        Role role = access.require(organization, user, Role.VIEWER);
        Pathway pathway = pathway(organization, pathwayId);
        Map<String, Integer> completions = progress.completions(pathway);
        model.addAttribute("organization", organizations.find(organization).orElseThrow());
        model.addAttribute("pathway", pathway);
        model.addAttribute(
                "steps",
                lines.of(pathway, locale).stream()
                        .map(line -> new StepCount(
                                line, completions.getOrDefault(line.step().id(), 0)))
                        .toList());
        model.addAttribute("earners", progress.earners(pathway, LISTED));
        model.addAttribute("listed", LISTED);
        model.addAttribute("canEdit", role.includes(Role.ISSUER));
        return "pathways/earners";
    }

    @GetMapping("/organizations/{id}/pathways/{pathwayId}/earners.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable UUID id, @PathVariable String pathwayId, @AuthenticationPrincipal LaurelUser user) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.VIEWER);
        Pathway pathway = pathway(organization, pathwayId);
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord("email", "percent", "completed", "completed_at", "enrolled", "joined", "goal_credential");
            for (PathwayProgress.Earner earner : progress.earners(pathway, EXPORTED)) {
                csv.writeRecord(
                        cell(earner.email()),
                        String.valueOf(earner.percent()),
                        String.valueOf(earner.completedAt() != null),
                        earner.completedAt() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(earner.completedAt()),
                        String.valueOf(earner.enrolled()),
                        String.valueOf(earner.joined()),
                        earner.goalCredential() == null
                                ? ""
                                : settings.url("/c/" + earner.goalCredential().value()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("pathway-" + pathway.id() + "-earners.csv")
                                .build()
                                .toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/organizations/{id}/pathways/{pathwayId}/enroll")
    String enroll(
            @PathVariable UUID id,
            @PathVariable String pathwayId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            Locale locale,
            RedirectAttributes flash)
            throws IOException {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        Pathway pathway = pathway(organization, pathwayId);
        Cohort cohort = file == null || file.isEmpty()
                ? new Cohort(List.of(), List.of(new Cohort.RowError(0, "empty", "")))
                : Cohort.read(new String(file.getBytes(), StandardCharsets.UTF_8));
        List<String> errors = cohort.errors().stream()
                .map(e -> messages.getMessage(
                        "pathways.org.enroll.error." + e.code(), new Object[] {e.line(), e.value()}, locale))
                .collect(Collectors.toList());
        if (errors.isEmpty()) {
            try {
                int enrolled = progress.enroll(organization, pathway.id(), new Actor.Member(user), cohort.emails());
                int already = cohort.emails().size() - enrolled;
                flash.addFlashAttribute(
                        "flash",
                        messages.getMessage(
                                already > 0 ? "pathways.org.enroll.doneSome" : "pathways.org.enroll.done",
                                new Object[] {enrolled, already},
                                locale));
                return "redirect:/organizations/" + id + "/pathways/" + pathwayId + "/earners";
            } catch (Problem refused) {
                if (!refused.is(PathwayError.INVALID_RECIPIENT)) {
                    throw refused;
                }
                errors.add(refused.detail());
            }
        }
        model.addAttribute("enrollErrors", errors);
        return earners(id, pathwayId, user, model, locale);
    }

    private Map<String, StepOutline.Line> byStep(Pathway pathway, Locale locale) {
        return lines.of(pathway, locale).stream()
                .collect(Collectors.toMap(line -> line.step().id(), Function.identity()));
    }

    /** A value a spreadsheet would not run as a formula. */
    private static String cell(String value) {
        return FORMULA.matcher(value).matches() ? "'" + value : value;
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
