package dev.laurel.server.issuing;

import dev.laurel.server.issuing.artwork.Artwork;
import dev.laurel.server.issuing.artwork.ArtworkPng;
import dev.laurel.server.issuing.artwork.ArtworkSvg;
import dev.laurel.server.issuing.artwork.ArtworkTemplates;
import dev.laurel.server.issuing.artwork.Drawing;
import dev.laurel.server.issuing.artwork.Icons;
import dev.laurel.server.issuing.artwork.Shape;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.UploadedImage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The badge designer as the pages use it: reads the designer's fields and logo into artwork, draws it, and turns a
 * drawing into the badge's image — each refusal a field error of the form; and what the form needs to show it.
 */
@Component
class Designer {

    /** A logo's smallest side, in pixels. */
    static final int LOGO_MIN_SIDE = 16;

    private final MessageSource messages;
    private final ArtworkTemplates templates;

    Designer(MessageSource messages, ArtworkTemplates templates) {
        this.messages = messages;
        this.templates = templates;
    }

    /** The artwork the form describes, or null with the reasons in {@code errors}. */
    Artwork read(ArtworkForm form, MultipartFile logo, Errors errors) throws IOException {
        form.validate(errors);
        Artwork.Logo uploaded = null;
        if (logo != null && !logo.isEmpty()) {
            uploaded = logo(logo.getBytes(), errors);
        }
        if (errors.hasErrors()) {
            return null;
        }
        Artwork artwork = form.toArtwork(uploaded);
        if (uploaded == null && artwork.logo() != null && logo(artwork.logo().bytes(), errors) == null) {
            return null;
        }
        return artwork;
    }

    /** The drawing's flaws as the form's errors, on the field each concerns. */
    void reject(Drawing drawing, Errors errors) {
        for (Drawing.Flaw flaw : drawing.flaws()) {
            String field =
                    switch (flaw.code()) {
                        case CONTRAST -> "textColour";
                        case LINE_TOO_LONG -> "line" + flaw.arguments()[0];
                        case UNDRAWABLE -> (int) flaw.arguments()[0] == 0 ? "ribbon" : "line" + flaw.arguments()[0];
                        case RIBBON_TOO_LONG -> "ribbon";
                        case UNKNOWN_ICON -> "icon";
                        case EMPTY -> "line1";
                    };
            errors.rejectValue(field, flaw.code().key(), flaw.arguments(), null);
        }
    }

    /** The flaws as sentences, for the preview. */
    List<String> sentences(Drawing drawing, Locale locale) {
        return drawing.flaws().stream()
                .map(flaw -> messages.getMessage(flaw.code().key(), flaw.arguments(), locale))
                .toList();
    }

    /** The badge's image drawn from the artwork, or null with its flaws in {@code errors}. */
    UploadedImage.Checked image(Artwork artwork, Errors errors) {
        Drawing drawing = ArtworkSvg.draw(artwork);
        if (!drawing.acceptable()) {
            reject(drawing, errors);
            return null;
        }
        return switch (BadgeDesigns.checkImage(ArtworkPng.render(drawing))) {
            case UploadedImage.Accepted accepted -> accepted.image();
            case UploadedImage.Refused refused ->
                throw new IllegalStateException(
                        "a drawn badge image was refused: " + refused.refusal().messageKey());
        };
    }

    private static Artwork.Logo logo(byte[] bytes, Errors errors) {
        if (bytes.length > Artwork.Logo.MAX_BYTES) {
            errors.rejectValue("logoData", "artwork.logo.large", new Object[] {Artwork.Logo.MAX_BYTES / 1024}, null);
            return null;
        }
        return switch (UploadedImage.check(bytes, true, false, LOGO_MIN_SIDE)) {
            case UploadedImage.Accepted accepted
            when !accepted.image().mediaType().equals("image/svg+xml") ->
                new Artwork.Logo(bytes, accepted.image().mediaType());
            case UploadedImage.Accepted accepted -> {
                errors.rejectValue("logoData", "artwork.logo.invalid");
                yield null;
            }
            case UploadedImage.Refused refused -> {
                errors.rejectValue(
                        "logoData",
                        refused.refusal().messageKey(),
                        refused.refusal().arguments(),
                        null);
                yield null;
            }
        };
    }

    /** What the badge form needs to show the designer: the choices, the templates and the first preview. */
    void show(OrganizationId organization, ArtworkForm form, Model model, Locale locale) {
        ArtworkForm shown = form.shape() == null
                ? ArtworkForm.starter().from(form.imageSource() == null ? "upload" : form.imageSource())
                : form;
        model.addAttribute("artwork", shown);
        model.addAttribute("organizationId", organization.value());
        model.addAttribute("shapes", List.of(Shape.values()));
        model.addAttribute("icons", Icons.NAMES);
        model.addAttribute("templates", templates.of(organization));
        BindingResult check = new BeanPropertyBindingResult(shown, "artwork");
        shown.validate(check);
        if (!check.hasErrors()) {
            preview(shown.toArtwork(null), model, locale);
        }
    }

    /** The preview of the artwork: its SVG, its contrast, and what keeps it from being saved. */
    void preview(Artwork artwork, Model model, Locale locale) {
        Drawing drawing = ArtworkSvg.draw(artwork);
        model.addAttribute("drawing", drawing.svg());
        model.addAttribute("problems", sentences(drawing, locale));
        model.addAttribute(
                "contrast", String.format(Locale.ROOT, "%.1f", artwork.text().contrast(artwork.background())));
    }
}
