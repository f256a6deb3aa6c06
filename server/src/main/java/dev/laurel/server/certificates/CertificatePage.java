package dev.laurel.server.certificates;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A badge's certificate designer ({@code /organizations/ID/badges/BADGE/certificate}): the template (each with a
 * preview drawn from the PDF itself), paper, orientation, background, logo, signatures, text blocks, and a live preview
 * (htmx) of the design as the form stands, with a sample earner or a chosen one, drawn by the PDF's own renderer and
 * listing what keeps it from being saved. Issuer role.
 */
@Controller
class CertificatePage {

    private static final int THUMBNAIL_DPI = 30;
    private static final int PREVIEW_DPI = 72;
    private static final int SAMPLES = 20;

    private final CertificateDesigns designs;
    private final Certificates certificates;
    private final Badges badges;
    private final IssuedCredentials credentials;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;

    CertificatePage(
            CertificateDesigns designs,
            Certificates certificates,
            Badges badges,
            IssuedCredentials credentials,
            Organizations organizations,
            TenantAccess access,
            MessageSource messages) {
        this.designs = designs;
        this.certificates = certificates;
        this.badges = badges;
        this.credentials = credentials;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/organizations/{id}/badges/{badgeId}/certificate")
    String page(
            @PathVariable UUID id, @PathVariable UUID badgeId, @AuthenticationPrincipal LaurelUser user, Model model) {
        Badge badge = badge(id, badgeId, user);
        return page(badge, designs.of(badge.id()), List.of(), model);
    }

    @PostMapping("/organizations/{id}/badges/{badgeId}/certificate")
    String save(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @AuthenticationPrincipal LaurelUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes flash) {
        Badge badge = badge(id, badgeId, user);
        DesignForm form = DesignForm.read(request, designs.of(badge.id()));
        List<DesignProblem> problems = problems(form);
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(badge, form.design(), messages(problems, locale), model);
        }
        designs.save(badge.organizationId(), badge.id(), form.design());
        flash.addFlashAttribute("flash", messages.getMessage("certificate.saved", null, locale));
        return "redirect:/organizations/" + id + "/badges/" + badgeId + "/certificate";
    }

    /** The live preview: the design as the form stands, drawn, with what keeps it from being saved. */
    @PostMapping("/organizations/{id}/badges/{badgeId}/certificate/preview")
    String livePreview(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(defaultValue = "") String sample,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        Badge badge = badge(id, badgeId, user);
        DesignForm form = DesignForm.read(request, designs.of(badge.id()));
        byte[] png = sample(badge, sample)
                .map(credential -> certificates.preview(credential, form.design(), PREVIEW_DPI))
                .orElseGet(() -> certificates.preview(badge, form.design(), PREVIEW_DPI));
        model.addAttribute(
                "preview", "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        model.addAttribute("problems", messages(problems(form), locale));
        model.addAttribute("portrait", form.design().orientation() == Orientation.PORTRAIT);
        return "certificates/preview :: preview";
    }

    @GetMapping("/organizations/{id}/badges/{badgeId}/certificate/preview.png")
    ResponseEntity<byte[]> preview(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(defaultValue = "classic") String template,
            @RequestParam(defaultValue = "a4") String paper,
            @RequestParam(defaultValue = "landscape") String orientation,
            @RequestParam(defaultValue = "false") boolean large) {
        Badge badge = badge(id, badgeId, user);
        CertificateDesign design = large
                ? designs.of(badge.id())
                        .with(CertificateTemplate.of(template).orElseThrow(CertificatePage::badRequest))
                        .on(
                                Paper.of(paper).orElseThrow(CertificatePage::badRequest),
                                Orientation.of(orientation).orElseThrow(CertificatePage::badRequest))
                : new CertificateDesign(
                        CertificateTemplate.of(template).orElseThrow(CertificatePage::badRequest),
                        Paper.of(paper).orElseThrow(CertificatePage::badRequest),
                        Orientation.of(orientation).orElseThrow(CertificatePage::badRequest));
        byte[] png = certificates.preview(badge, design, large ? PREVIEW_DPI : THUMBNAIL_DPI);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noCache())
                .body(png);
    }

    private String page(Badge badge, CertificateDesign design, List<String> problems, Model model) {
        Organization organization = organizations.find(badge.organizationId()).orElseThrow();
        model.addAttribute("organization", organization);
        model.addAttribute("badge", badge);
        model.addAttribute("design", design);
        model.addAttribute("problems", problems);
        model.addAttribute("templates", List.of(CertificateTemplate.values()));
        model.addAttribute("papers", List.of(Paper.values()));
        model.addAttribute("orientations", List.of(Orientation.values()));
        model.addAttribute("typefaces", List.of(Typeface.values()));
        model.addAttribute("placeholders", Placeholders.NAMES);
        model.addAttribute("blocks", List.of(0, 1, 2));
        model.addAttribute(
                "samples", credentials.of(badge.organizationId(), badge.id(), CredentialState.ACTIVE, SAMPLES));
        return "certificates/design";
    }

    private static List<DesignProblem> problems(DesignForm form) {
        List<DesignProblem> problems = new ArrayList<>(form.problems());
        problems.addAll(DesignChecks.problems(form.design()));
        return problems;
    }

    private List<String> messages(List<DesignProblem> problems, Locale locale) {
        return problems.stream().map(p -> p.message(messages, locale)).toList();
    }

    private java.util.Optional<IssuedCredential> sample(Badge badge, String sample) {
        if (sample.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return credentials
                    .find(new CredentialId(UUID.fromString(sample)))
                    .filter(c -> c.badgeId().equals(badge.id()))
                    .filter(c -> !c.recipientForgotten());
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private Badge badge(UUID id, UUID badgeId, LaurelUser user) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        return badges.find(new BadgeId(badgeId))
                .filter(b -> b.organizationId().equals(organization))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseStatusException badRequest() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
}
