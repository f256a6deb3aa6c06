package dev.laurel.server.applications;

import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.Problem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * An outside expert's review, {@code /review/TOKEN}, without an account: the link mailed to them is their key, valid
 * for one review of the latest submission and for 30 days. Once they sent their review, the link no longer opens.
 */
@Controller
class ExpertPage {

    private final Reviewing reviewing;
    private final Applications applications;
    private final Organizations organizations;

    ExpertPage(Reviewing reviewing, Applications applications, Organizations organizations) {
        this.reviewing = reviewing;
        this.applications = applications;
        this.organizations = organizations;
    }

    @GetMapping("/review/{token}")
    String page(@PathVariable String token, @RequestParam(required = false) String error, Model model) {
        Reviewing.Expert expert = reviewing.expert(token).orElse(null);
        if (expert == null) {
            return "applications/review-gone";
        }
        Application application = expert.application();
        Rubric rubric =
                applications.opening(application.badgeId()).map(Opening::rubric).orElse(Rubric.NONE);
        model.addAttribute("applied", application);
        model.addAttribute("reviewer", expert.reviewer());
        model.addAttribute(
                "organization", organizations.find(application.organizationId()).orElseThrow());
        model.addAttribute("rubric", rubric);
        model.addAttribute(
                "submissions", applications.submissions(application.id()).reversed());
        model.addAttribute("token", token);
        model.addAttribute("error", error);
        return "applications/expert";
    }

    @PostMapping("/review/{token}")
    String review(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam Map<String, String> fields) {
        Reviewing.Expert expert = reviewing.expert(token).orElse(null);
        if (expert == null) {
            return "applications/review-gone";
        }
        try {
            Rubric rubric = applications
                    .opening(expert.application().badgeId())
                    .map(Opening::rubric)
                    .orElse(Rubric.NONE);
            Verdict verdict = Verdict.of(decision, comment, QueuePage.scores(fields), rubric);
            reviewing.review(expert.application().id(), expert.reviewer(), verdict);
            return "redirect:/review/thanks";
        } catch (Problem refused) {
            return "redirect:/review/" + token + "?error="
                    + URLEncoder.encode(refused.detail(), StandardCharsets.UTF_8);
        }
    }

    @GetMapping("/review/thanks")
    String thanks() {
        return "applications/review-thanks";
    }

    @GetMapping("/review/{token}/files/{file}")
    ResponseEntity<byte[]> file(@PathVariable String token, @PathVariable UUID file) {
        return reviewing
                .expert(token)
                .flatMap(expert -> applications.file(expert.application().id(), file))
                .map(ApplyPage::download)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
