package dev.laurel.server.issuing;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.artwork.Artwork;
import dev.laurel.server.issuing.artwork.Artworks;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.platform.UploadedImage;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organization's badges: the list, the design form, and each badge's page. */
@Controller
class BadgeController {

    private final Badges badges;
    private final BadgeDesigns designs;
    private final IssuedCredentials credentials;
    private final Organizations organizations;
    private final TenantAccess access;
    private final MessageSource messages;
    private final Designer designer;
    private final Artworks artworks;
    private final HeldImages held;

    BadgeController(
            Badges badges,
            BadgeDesigns designs,
            IssuedCredentials credentials,
            Organizations organizations,
            TenantAccess access,
            MessageSource messages,
            Designer designer,
            Artworks artworks,
            HeldImages held) {
        this.badges = badges;
        this.held = held;
        this.designer = designer;
        this.artworks = artworks;
        this.designs = designs;
        this.credentials = credentials;
        this.organizations = organizations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/organizations/{id}/badges")
    String list(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model) {
        Role role = access.require(new OrganizationId(id), user, Role.VIEWER);
        model.addAttribute(
                "organization", organizations.find(new OrganizationId(id)).orElseThrow());
        model.addAttribute("badges", badges.of(new OrganizationId(id)));
        model.addAttribute("canIssue", role.includes(Role.ISSUER));
        return "issuing/badges";
    }

    @GetMapping("/organizations/{id}/badges/new")
    String newBadge(@PathVariable UUID id, @AuthenticationPrincipal LaurelUser user, Model model, Locale locale) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        return form(id, null, BadgeForm.empty(), ArtworkForm.starter(), model, locale);
    }

    @PostMapping("/organizations/{id}/badges")
    String create(
            @PathVariable UUID id,
            @AuthenticationPrincipal LaurelUser user,
            @Valid @ModelAttribute("form") BadgeForm form,
            BindingResult errors,
            @ModelAttribute("artwork") ArtworkForm artwork,
            BindingResult artworkErrors,
            @RequestParam(name = "image", required = false) MultipartFile image,
            @RequestParam(name = "logo", required = false) MultipartFile logo,
            @RequestParam(name = "heldImage", required = false) UUID heldImage,
            Model model,
            Locale locale)
            throws IOException {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        form.validate(errors);
        Artwork drawn = drawn(artwork, image, logo, artworkErrors);
        UploadedImage.Checked checked = drawn != null
                ? designer.image(drawn, artworkErrors)
                : artworkErrors.hasErrors() ? null : image(image, heldImage, user, true, model, locale);
        if (errors.hasErrors() || artworkErrors.hasErrors() || checked == null) {
            keep(drawn == null ? checked : null, image, heldImage, user, model);
            return form(id, null, form, artwork, model, locale);
        }
        Badge badge = designs.create(new OrganizationId(id), form.toDesign(), checked, drawn, new Actor.Member(user));
        forget(heldImage);
        return "redirect:/organizations/" + id + "/badges/" + badge.id();
    }

    @GetMapping("/organizations/{id}/badges/{badgeId}")
    String show(
            @PathVariable UUID id, @PathVariable UUID badgeId, @AuthenticationPrincipal LaurelUser user, Model model) {
        Role role = access.require(new OrganizationId(id), user, Role.VIEWER);
        model.addAttribute(
                "organization", organizations.find(new OrganizationId(id)).orElseThrow());
        model.addAttribute("badge", badge(id, badgeId));
        model.addAttribute("drawn", artworks.of(new BadgeId(badgeId)).isPresent());
        model.addAttribute("credentials", credentials.of(new OrganizationId(id), new BadgeId(badgeId), null, 20));
        model.addAttribute("canIssue", role.includes(Role.ISSUER));
        return "issuing/badge";
    }

    @GetMapping("/organizations/{id}/badges/{badgeId}/edit")
    String edit(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @AuthenticationPrincipal LaurelUser user,
            Model model,
            Locale locale) {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        ArtworkForm artwork = artworks.of(new BadgeId(badgeId))
                .map(drawn -> ArtworkForm.of(drawn, ArtworkForm.DESIGN))
                .orElseGet(() -> ArtworkForm.starter().from("upload"));
        return form(id, badge(id, badgeId), BadgeForm.of(badge(id, badgeId)), artwork, model, locale);
    }

    @PostMapping("/organizations/{id}/badges/{badgeId}/edit")
    String update(
            @PathVariable UUID id,
            @PathVariable UUID badgeId,
            @AuthenticationPrincipal LaurelUser user,
            @Valid @ModelAttribute("form") BadgeForm form,
            BindingResult errors,
            @ModelAttribute("artwork") ArtworkForm artwork,
            BindingResult artworkErrors,
            @RequestParam(name = "image", required = false) MultipartFile image,
            @RequestParam(name = "logo", required = false) MultipartFile logo,
            @RequestParam(name = "heldImage", required = false) UUID heldImage,
            Model model,
            Locale locale,
            RedirectAttributes flash)
            throws IOException {
        access.require(new OrganizationId(id), user, Role.ISSUER);
        Badge badge = badge(id, badgeId);
        form.validate(errors);
        Artwork drawn = drawn(artwork, image, logo, artworkErrors);
        UploadedImage.Checked checked = drawn != null
                ? designer.image(drawn, artworkErrors)
                : artworkErrors.hasErrors() ? null : image(image, heldImage, user, false, model, locale);
        if (errors.hasErrors() || artworkErrors.hasErrors() || model.containsAttribute("imageError")) {
            keep(drawn == null ? checked : null, image, heldImage, user, model);
            return form(id, badge, form, artwork, model, locale);
        }
        designs.update(
                new OrganizationId(id), new BadgeId(badgeId), form.toDesign(), checked, drawn, new Actor.Member(user));
        forget(heldImage);
        flash.addFlashAttribute("flash", messages.getMessage("badge.saved", null, locale));
        return "redirect:/organizations/" + id + "/badges/" + badgeId;
    }

    private String form(
            UUID organizationId, Badge badge, BadgeForm form, ArtworkForm artwork, Model model, Locale locale) {
        model.addAttribute(
                "organization",
                organizations.find(new OrganizationId(organizationId)).orElseThrow());
        model.addAttribute("badge", badge);
        model.addAttribute("form", form);
        model.addAttribute("achievementTypes", BadgeForm.ACHIEVEMENT_TYPES);
        designer.show(new OrganizationId(organizationId), artwork, model, locale);
        model.addAttribute(
                "artworkInvalid",
                model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "artwork") instanceof BindingResult result
                        && result.hasErrors());
        return "issuing/badge-form";
    }

    /**
     * The artwork the badge's image is drawn from: when the designer is chosen and no file was uploaded (a file
     * wins); null otherwise, or with the designer's errors in {@code errors}.
     */
    private Artwork drawn(ArtworkForm artwork, MultipartFile image, MultipartFile logo, BindingResult errors)
            throws IOException {
        if (!artwork.designed() || (image != null && !image.isEmpty())) {
            return null;
        }
        return designer.read(artwork, logo, errors);
    }

    /**
     * The checked upload — or, when no file came, the image held from the form's previous showing — or null with
     * {@code imageError} in the model when it is missing (and required) or refused.
     */
    private UploadedImage.Checked image(
            MultipartFile file, UUID heldImage, LaurelUser user, boolean required, Model model, Locale locale)
            throws IOException {
        if (file == null || file.isEmpty()) {
            Optional<UploadedImage.Checked> kept =
                    heldImage == null ? Optional.empty() : held.find(heldImage, user.accountId());
            if (kept.isPresent()) {
                return kept.get();
            }
            if (required) {
                model.addAttribute("imageError", messages.getMessage("badge.image.required", null, locale));
            }
            return null;
        }
        return switch (BadgeDesigns.checkImage(file.getBytes())) {
            case UploadedImage.Accepted accepted -> accepted.image();
            case UploadedImage.Refused refused -> {
                model.addAttribute("imageError", refused.refusal().message(messages, locale));
                yield null;
            }
        };
    }

    /**
     * A form shown again for another field's error keeps the accepted image: held for the account, shown beside the
     * file field, and used when the form comes back without a new file.
     */
    private void keep(
            UploadedImage.Checked accepted, MultipartFile file, UUID heldImage, LaurelUser user, Model model) {
        if (accepted == null) {
            return;
        }
        boolean fresh = file != null && !file.isEmpty();
        UUID id = fresh || heldImage == null ? held.hold(user.accountId(), accepted) : heldImage;
        model.addAttribute("heldImage", id);
        model.addAttribute(
                "heldImageData",
                "data:" + accepted.mediaType() + ";base64,"
                        + Base64.getEncoder().encodeToString(accepted.bytes()));
    }

    private void forget(UUID heldImage) {
        if (heldImage != null) {
            held.forget(heldImage);
        }
    }

    private Badge badge(UUID organizationId, UUID badgeId) {
        return badges.find(new BadgeId(badgeId))
                .filter(badge -> badge.organizationId().equals(new OrganizationId(organizationId)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
