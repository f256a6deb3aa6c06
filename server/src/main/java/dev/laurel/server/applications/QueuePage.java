package dev.laurel.server.applications;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.Problem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The organization's review queue, {@code /organizations/ID/applications}, filtered by badge, state and reviewer, with
 * each application's age; and an application's review page ({@code …/applications/APP}): its evidence, every
 * submission and review, assigning a member or inviting an outside expert, and the member's own review. Issuer role.
 */
@Controller
class QueuePage {

    private final ReviewQueue queue;
    private final Badges badges;
    private final Organizations organizations;

    QueuePage(ReviewQueue queue, Badges badges, Organizations organizations) {
        this.queue = queue;
        this.badges = badges;
        this.organizations = organizations;
    }

    @GetMapping("/organizations/{id}/applications")
    String queue(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID badge,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String reviewer,
            @AuthenticationPrincipal LaurelUser user,
            Model model) {
        OrganizationId organization = new OrganizationId(id);
        Actor actor = new Actor.Member(user);
        Application.State chosen = state == null ? Application.State.SUBMITTED : Application.State.parse(state);
        boolean mine = "me".equals(reviewer);
        List<Application> applications = queue.list(
                organization,
                new ReviewQueue.Filter(
                        badge == null ? null : new BadgeId(badge),
                        chosen,
                        mine ? user.accountId() : null,
                        null,
                        ReviewQueue.MAX_LIMIT),
                actor);
        model.addAttribute("organization", organizations.find(organization).orElseThrow());
        model.addAttribute("badges", badges.of(organization));
        model.addAttribute("badge", badge);
        model.addAttribute("state", chosen == null ? "" : chosen.key());
        model.addAttribute("states", Application.State.values());
        model.addAttribute("reviewer", mine ? "me" : "");
        model.addAttribute("applications", applications);
        model.addAttribute("now", queue.now());
        return "applications/queue";
    }

    @GetMapping("/organizations/{id}/applications/{applicationId}")
    String application(
            @PathVariable UUID id,
            @PathVariable String applicationId,
            @RequestParam(required = false) String error,
            @AuthenticationPrincipal LaurelUser user,
            Model model) {
        OrganizationId organization = new OrganizationId(id);
        Application application = existing(organization, applicationId, user);
        Rubric rubric = queue.rubric(application);
        List<Review> reviews = queue.reviews(application);
        model.addAttribute("organization", organizations.find(organization).orElseThrow());
        model.addAttribute("applied", application);
        model.addAttribute("rubric", rubric);
        model.addAttribute("submissions", queue.submissions(application).reversed());
        model.addAttribute("reviews", reviews.reversed());
        model.addAttribute("reviewers", queue.reviewers(application));
        model.addAttribute(
                "reviewed",
                reviews.stream()
                        .anyMatch(r -> r.version() == application.version()
                                && user.accountId().equals(r.reviewer().accountId())));
        model.addAttribute("now", queue.now());
        model.addAttribute("error", error);
        return "applications/review";
    }

    @PostMapping("/organizations/{id}/applications/{applicationId}/assign")
    String assign(
            @PathVariable UUID id,
            @PathVariable String applicationId,
            @RequestParam(defaultValue = "") String email,
            @AuthenticationPrincipal LaurelUser user) {
        Actor actor = new Actor.Member(user);
        ApplicationId application = queue.id(new OrganizationId(id), applicationId, actor);
        return act(id, application, () -> queue.assign(new OrganizationId(id), application, email, actor));
    }

    @PostMapping("/organizations/{id}/applications/{applicationId}/invite")
    String invite(
            @PathVariable UUID id,
            @PathVariable String applicationId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @AuthenticationPrincipal LaurelUser user) {
        Actor actor = new Actor.Member(user);
        ApplicationId application = queue.id(new OrganizationId(id), applicationId, actor);
        return act(id, application, () -> queue.invite(new OrganizationId(id), application, name, email, actor));
    }

    @PostMapping("/organizations/{id}/applications/{applicationId}/review")
    String review(
            @PathVariable UUID id,
            @PathVariable String applicationId,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam Map<String, String> fields,
            @AuthenticationPrincipal LaurelUser user) {
        Actor actor = new Actor.Member(user);
        ApplicationId application = queue.id(new OrganizationId(id), applicationId, actor);
        return act(
                id,
                application,
                () -> queue.review(
                        new OrganizationId(id),
                        application,
                        decision,
                        comment,
                        scores(fields),
                        new Actor.Member(user)));
    }

    @GetMapping("/organizations/{id}/applications/{applicationId}/files/{file}")
    ResponseEntity<byte[]> file(
            @PathVariable UUID id,
            @PathVariable String applicationId,
            @PathVariable String file,
            @AuthenticationPrincipal LaurelUser user) {
        ApplicationId application = queue.id(new OrganizationId(id), applicationId, new Actor.Member(user));
        UUID fileId;
        try {
            fileId = UUID.fromString(file);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return queue.file(new OrganizationId(id), application, fileId, new Actor.Member(user))
                .map(ApplyPage::download)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The {@code score.CRITERION} fields of a review form, by criterion id. */
    static Map<String, String> scores(Map<String, String> fields) {
        Map<String, String> scores = new HashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("score.")) {
                scores.put(name.substring("score.".length()), value);
            }
        });
        return scores;
    }

    private String act(UUID id, ApplicationId applicationId, Runnable action) {
        String page = "/organizations/" + id + "/applications/" + applicationId;
        try {
            action.run();
            return "redirect:" + page;
        } catch (Problem refused) {
            return "redirect:" + page + "?error=" + URLEncoder.encode(refused.detail(), StandardCharsets.UTF_8);
        }
    }

    private Application existing(OrganizationId organization, String id, LaurelUser user) {
        return queue.find(organization, queue.id(organization, id, new Actor.Member(user)), new Actor.Member(user))
                .orElseThrow(() -> new AccessDeniedException("no such application in this organization"));
    }
}
