package dev.laurel.server.issuing;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.artwork.Artwork;
import dev.laurel.server.issuing.artwork.ArtworkSvg;
import dev.laurel.server.issuing.artwork.ArtworkTemplates;
import dev.laurel.server.issuing.artwork.Artworks;
import dev.laurel.server.issuing.artwork.Drawing;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The badge designer's own requests from the badge form, made with htmx: the live preview (the SVG as it would be
 * saved, and what keeps it from being saved), saving the design as one of the organization's templates, and starting
 * from a saved one; and a drawn badge's SVG.
 */
@Controller
class ArtworkController {

    private final TenantAccess access;
    private final Designer designer;
    private final ArtworkTemplates templates;
    private final MessageSource messages;
    private final Badges badges;
    private final Artworks artworks;

    ArtworkController(
            TenantAccess access,
            Designer designer,
            ArtworkTemplates templates,
            MessageSource messages,
            Badges badges,
            Artworks artworks) {
        this.access = access;
        this.badges = badges;
        this.artworks = artworks;
        this.designer = designer;
        this.templates = templates;
        this.messages = messages;
    }

    @PostMapping("/organizations/{id}/badges/artwork/preview")
    String preview(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            @ModelAttribute("artwork") ArtworkForm form,
            BindingResult errors,
            @RequestParam(name = "logo", required = false) MultipartFile logo,
            Model model,
            Locale locale)
            throws IOException {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        Artwork artwork = designer.read(form, logo, errors);
        if (artwork == null) {
            model.addAttribute(
                    "problems",
                    errors.getAllErrors().stream()
                            .map(error -> messages.getMessage(error, locale))
                            .toList());
        } else {
            designer.preview(artwork, model, locale);
        }
        return "issuing/artwork :: preview";
    }

    /** A drawn badge's artwork as its SVG, for the issuer to keep or print; 404 for a badge whose image was uploaded. */
    @GetMapping("/organizations/{id}/badges/{badgeId}/artwork.svg")
    ResponseEntity<byte[]> svg(
            @PathVariable UUID id, @PathVariable UUID badgeId, @AuthenticationPrincipal LaurelUser user) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.VIEWER);
        Badge badge = badges.find(new BadgeId(badgeId))
                .filter(found -> found.organizationId().equals(organization))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Artwork artwork = artworks.of(badge.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .header("Content-Security-Policy", "default-src 'none'; img-src data:; sandbox")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("badge-" + badgeId + ".svg")
                                .build()
                                .toString())
                .body(ArtworkSvg.draw(artwork).bytes());
    }

    @PostMapping("/organizations/{id}/badges/artwork/templates")
    String saveTemplate(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            @ModelAttribute("artwork") ArtworkForm form,
            BindingResult errors,
            @RequestParam(name = "logo", required = false) MultipartFile logo,
            Model model,
            Locale locale)
            throws IOException {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        form.validateTemplateName(errors);
        Artwork artwork = designer.read(form, logo, errors);
        if (artwork != null) {
            Drawing drawing = ArtworkSvg.draw(artwork);
            designer.reject(drawing, errors);
        }
        if (errors.hasErrors()) {
            model.addAttribute(
                    "templateProblems",
                    errors.getAllErrors().stream()
                            .map(error -> messages.getMessage(error, locale))
                            .toList());
        } else {
            ArtworkTemplates.Template saved = templates.save(organization, form.templateName(), artwork);
            model.addAttribute(
                    "templateSaved",
                    messages.getMessage("artwork.template.saved", new Object[] {saved.name()}, locale));
        }
        model.addAttribute("templates", templates.of(organization));
        return "issuing/artwork :: templates";
    }

    @GetMapping("/organizations/{id}/badges/artwork")
    String fromTemplate(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            @RequestParam(name = "template", required = false) UUID template,
            Model model,
            Locale locale) {
        OrganizationId organization = new OrganizationId(id);
        access.require(organization, user, Role.ISSUER);
        if (template == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ArtworkTemplates.Template chosen = templates
                .find(organization, template)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        designer.show(organization, ArtworkForm.of(chosen.artwork(), ArtworkForm.DESIGN), model, locale);
        return "issuing/artwork :: designer";
    }
}
