package dev.laurel.server.bulk;

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
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
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
 * The bulk issuing pages of a badge, for its organization's issuers, admins and owners: the upload form (posted to
 * {@link BulkUpload}), a job's dry-run report with its CSV download, starting it with the valid rows, and its progress
 * (polled by htmx every second until it is finished) with a Cancel button.
 */
@Controller
class BulkPage {

    static final int SHOWN_PROBLEMS = 200;
    private static final String ALREADY_HELD = "row.already-issued";
    private static final Set<String> UPLOAD_ERRORS = Set.of("too-large", "unreadable", "empty");

    private final BulkJobs jobs;
    private final Badges badges;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;
    private final Clock clock;

    BulkPage(
            BulkJobs jobs,
            Badges badges,
            Organizations organizations,
            TenantAccess access,
            MessageSource messages,
            Clock clock) {
        this.jobs = jobs;
        this.badges = badges;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    static String path(UUID organizationId, UUID badgeId) {
        return "/organizations/" + organizationId + "/badges/" + badgeId + "/bulk";
    }

    @GetMapping("/organizations/{id}/badges/{badgeId}/bulk")
    String upload(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @RequestParam(required = false) String error,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            Locale locale) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        common(id, badge(id, badgeId), model);
        model.addAttribute("uploadAction", BulkUpload.PATH + id + "/" + badgeId);
        model.addAttribute("maxMegabytes", jobs.maxUploadBytes() / (1024 * 1024));
        if (error != null && UPLOAD_ERRORS.contains(error)) {
            model.addAttribute(
                    "flashError",
                    messages.getMessage(
                            "bulk.upload.error." + error,
                            new Object[] {jobs.maxUploadBytes() / (1024 * 1024)},
                            locale));
        }
        model.addAttribute(
                "jobs",
                jobs.recent(id, 50).stream()
                        .filter(job -> job.badgeId().equals(badgeId))
                        .limit(10)
                        .toList());
        return "bulk/upload";
    }

    @GetMapping("/organizations/{id}/badges/{badgeId}/bulk/{jobId}")
    String job(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @PathVariable UUID jobId,
            @AuthenticationPrincipal LaurelUser user,
            Model model) {
        BulkJob job = job(id, badgeId, jobId, user);
        common(id, badge(id, badgeId), model);
        model.addAttribute("job", job);
        model.addAttribute("now", clock.instant());
        if (job.state().equals("checked")) {
            // recipients who already hold the badge are one line, not one problem a row: a file uploaded again
            int alreadyHeld = jobs.problemCounts(job).getOrDefault(ALREADY_HELD, 0);
            model.addAttribute("alreadyHeld", alreadyHeld);
            model.addAttribute("problems", jobs.problemsOtherThan(job, ALREADY_HELD, SHOWN_PROBLEMS));
            model.addAttribute("problemCount", jobs.problemCount(job));
            model.addAttribute("otherProblemCount", jobs.problemCount(job) - alreadyHeld);
            return "bulk/report";
        }
        return "bulk/job";
    }

    @GetMapping("/organizations/{id}/badges/{badgeId}/bulk/{jobId}/progress")
    String progress(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @PathVariable UUID jobId,
            @AuthenticationPrincipal LaurelUser user,
            Model model) {
        BulkJob job = job(id, badgeId, jobId, user);
        model.addAttribute(
                "organization", organizations.find(new OrganizationId(id)).orElseThrow());
        model.addAttribute("badge", badge(id, badgeId));
        model.addAttribute("job", job);
        model.addAttribute("now", clock.instant());
        return "bulk/job :: progress";
    }

    @GetMapping("/organizations/{id}/badges/{badgeId}/bulk/{jobId}/report.csv")
    void report(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @PathVariable UUID jobId,
            @AuthenticationPrincipal LaurelUser user,
            HttpServletResponse response)
            throws IOException {
        BulkJob job = job(id, badgeId, jobId, user);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bulk-report-" + job.id() + ".csv\"");
        Writer out = response.getWriter();
        out.write(new String(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8));
        List<String> header = jobs.header(job);
        StringBuilder first = new StringBuilder("row,column,code,message");
        header.forEach(column -> first.append(',').append(cell(column)));
        out.write(first + "\r\n");
        int after = -1;
        while (true) {
            List<BulkRows.ReportLine> page = jobs.reportLines(job, after, 1000);
            boolean full = page.size() == 1000;
            // a full page may end part-way through a row's problems: that row is read again with the next page
            int last = page.isEmpty() ? after : page.getLast().problem().row();
            for (BulkRows.ReportLine line : page) {
                RowProblem problem = line.problem();
                if (full && problem.row() == last) {
                    break;
                }
                StringBuilder csv = new StringBuilder()
                        .append(problem.row())
                        .append(',')
                        .append(cell(problem.column()))
                        .append(',')
                        .append(cell(problem.code()))
                        .append(',')
                        .append(cell(problem.message()));
                line.original().forEach(value -> csv.append(',').append(cell(value)));
                out.write(csv + "\r\n");
            }
            if (!full) {
                break;
            }
            after = last - 1;
        }
        out.flush();
    }

    @PostMapping("/organizations/{id}/badges/{badgeId}/bulk/{jobId}/start")
    String start(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @PathVariable UUID jobId,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        job(id, badgeId, jobId, user);
        try {
            jobs.start(id, jobId, true, new Actor.Member(user));
        } catch (Problem e) {
            flash.addFlashAttribute("flashError", messages.getMessage("bulk.refused." + refusal(e), null, locale));
        }
        return "redirect:" + path(id, badgeId) + "/" + jobId;
    }

    @PostMapping("/organizations/{id}/badges/{badgeId}/bulk/{jobId}/cancel")
    String cancel(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @PathVariable UUID jobId,
            @AuthenticationPrincipal LaurelUser user,
            Locale locale,
            RedirectAttributes flash) {
        job(id, badgeId, jobId, user);
        try {
            jobs.cancel(id, jobId, new Actor.Member(user));
            flash.addFlashAttribute("flash", messages.getMessage("bulk.cancelled", null, locale));
        } catch (Problem e) {
            flash.addFlashAttribute("flashError", messages.getMessage("bulk.refused." + refusal(e), null, locale));
        }
        return "redirect:" + path(id, badgeId) + "/" + jobId;
    }

    /** The refusal's code; any other problem is not the page's to show. */
    private static String refusal(Problem problem) {
        if (!(problem.code() instanceof BulkRefusal refusal)) {
            throw problem;
        }
        return refusal.code();
    }

    private BulkJob job(UUID id, UUID badgeId, UUID jobId, LaurelUser user) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        BulkJob job = jobs.find(id, jobId, new Actor.Member(user));
        if (!job.badgeId().equals(badgeId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return job;
    }

    private void common(UUID id, Badge badge, Model model) {
        model.addAttribute(
                "organization", organizations.find(new OrganizationId(id)).orElseThrow());
        model.addAttribute("badge", badge);
        model.addAttribute("base", path(id, badge.id().value()));
    }

    private Badge badge(UUID organizationId, UUID badgeId) {
        return badges.find(new BadgeId(badgeId))
                .filter(badge -> badge.organizationId().value().equals(organizationId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A CSV cell, quoted when needed; a leading formula character is neutralised for spreadsheets. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
