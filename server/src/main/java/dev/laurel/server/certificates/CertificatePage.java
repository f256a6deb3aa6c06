package dev.laurel.server.certificates;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
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
 * A badge's certificate design ({@code /organizations/ID/badges/BADGE/certificate}): the template, with a preview of
 * each drawn from the PDF itself, the paper and the orientation. Issuer role.
 */
@Controller
class CertificatePage {

    private static final int THUMBNAIL_DPI = 30;
    private static final int PREVIEW_DPI = 60;

    private final CertificateDesigns designs;
    private final Certificates certificates;
    private final Badges badges;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;

    CertificatePage(
            CertificateDesigns designs,
            Certificates certificates,
            Badges badges,
            Organizations organizations,
            TenantAccess access,
            MessageSource messages) {
        this.designs = designs;
        this.certificates = certificates;
        this.badges = badges;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/organizations/{id}/badges/{badgeId}/certificate")
    String page(
            @PathVariable UUID id, @PathVariable UUID badgeId, @AuthenticationPrincipal LaurelUser user, Model model) {
        Badge badge = badge(id, badgeId, user);
        model.addAttribute(
                "organization", organizations.find(badge.organizationId()).orElseThrow());
        model.addAttribute("badge", badge);
        model.addAttribute("design", designs.of(badge.id()));
        model.addAttribute("templates", List.of(CertificateTemplate.values()));
        model.addAttribute("papers", List.of(Paper.values()));
        model.addAttribute("orientations", List.of(Orientation.values()));
        return "certificates/design";
    }

    @PostMapping("/organizations/{id}/badges/{badgeId}/certificate")
    String save(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(defaultValue = "") String template,
            @RequestParam(defaultValue = "") String paper,
            @RequestParam(defaultValue = "") String orientation,
            Locale locale,
            RedirectAttributes flash) {
        Badge badge = badge(id, badgeId, user);
        designs.save(badge.organizationId(), badge.id(), design(template, paper, orientation));
        flash.addFlashAttribute("flash", messages.getMessage("certificate.saved", null, locale));
        return "redirect:/organizations/" + id + "/badges/" + badgeId + "/certificate";
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
        byte[] png =
                certificates.preview(badge, design(template, paper, orientation), large ? PREVIEW_DPI : THUMBNAIL_DPI);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noCache())
                .body(png);
    }

    private Badge badge(UUID id, UUID badgeId, LaurelUser user) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        return badges.find(new BadgeId(badgeId))
                .filter(b -> b.organizationId().equals(organization))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static CertificateDesign design(String template, String paper, String orientation) {
        return new CertificateDesign(
                CertificateTemplate.of(template).orElseThrow(CertificatePage::badRequest),
                Paper.of(paper).orElseThrow(CertificatePage::badRequest),
                Orientation.of(orientation).orElseThrow(CertificatePage::badRequest));
    }

    private static ResponseStatusException badRequest() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
}
