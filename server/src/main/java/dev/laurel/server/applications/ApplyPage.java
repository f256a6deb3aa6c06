package dev.laurel.server.applications;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.organizations.Organizations;
import java.util.List;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The earner's pages: the application form of a badge open for application ({@code /badges/BADGE/apply}, posted to
 * {@link ApplicationUpload}), their application with its history and, when changes were asked for, the form to resubmit
 * ({@code /applications/ID}), and its evidence files (public once the credential they back was issued).
 */
@Controller
class ApplyPage {

    private final Applying applying;
    private final Organizations organizations;

    ApplyPage(Applying applying, Organizations organizations) {
        this.applying = applying;
        this.organizations = organizations;
    }

    static String applyPath(BadgeId badge) {
        return "/badges/" + badge + "/apply";
    }

    static String applicationPath(UUID application) {
        return "/applications/" + application;
    }

    @GetMapping("/badges/{badgeId}/apply")
    String form(
            @PathVariable UUID badgeId,
            @RequestParam(required = false) String error,
            @AuthenticationPrincipal LaurelUser user,
            Model model) {
        Applying.Open open = applying.open(new BadgeId(badgeId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("badge", open.badge());
        model.addAttribute("opening", open.opening());
        model.addAttribute("rubric", open.opening().rubric());
        model.addAttribute(
                "issuer", organizations.find(open.badge().organizationId()).orElseThrow());
        model.addAttribute("pending", applying.openFor(user, open.badge().id()).orElse(null));
        model.addAttribute("action", ApplicationUpload.PATH + "apply/" + badgeId);
        model.addAttribute("answers", java.util.Map.of());
        model.addAttribute("error", error);
        return "applications/apply";
    }

    @GetMapping("/applications/{id}")
    String application(
            @PathVariable UUID id,
            @RequestParam(required = false) String sent,
            @RequestParam(required = false) String error,
            @AuthenticationPrincipal LaurelUser user,
            Model model) {
        Application application = applying.yours(new ApplicationId(id), user)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Submission> submissions = applying.submissions(application);
        model.addAttribute("applied", application);
        model.addAttribute(
                "issuer", organizations.find(application.organizationId()).orElseThrow());
        model.addAttribute("rubric", applying.rubric(application));
        model.addAttribute("submissions", submissions.reversed());
        model.addAttribute("latest", submissions.getLast());
        model.addAttribute("answers", submissions.getLast().answers());
        model.addAttribute("urlsText", String.join("\n", submissions.getLast().urls()));
        model.addAttribute("reviews", applying.reviews(application).reversed());
        model.addAttribute("action", ApplicationUpload.PATH + "resubmit/" + id);
        model.addAttribute("sent", sent);
        model.addAttribute("error", error);
        return "applications/application";
    }

    @GetMapping("/applications/{id}/evidence/{file}")
    ResponseEntity<byte[]> evidence(
            @PathVariable UUID id, @PathVariable UUID file, @AuthenticationPrincipal LaurelUser user) {
        return applying.evidence(new ApplicationId(id), file, user)
                .map(ApplyPage::download)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A stored evidence file as a download, never rendered in the page's origin. */
    static ResponseEntity<byte[]> download(Applications.StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }
}
