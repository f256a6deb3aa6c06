package dev.laurel.server.issuing;

import dev.laurel.server.issuing.artwork.Artwork;
import dev.laurel.server.issuing.artwork.ArtworkTemplates;
import dev.laurel.server.issuing.artwork.Colour;
import dev.laurel.server.issuing.artwork.Icons;
import dev.laurel.server.issuing.artwork.Shape;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The designer's part of the badge form: where the image comes from ({@code design} or {@code upload}), the shape, the
 * colours as {@code #rrggbb}, three lines, an icon's name (empty for none), the ribbon's text, the logo kept from
 * before as a data URI (unless {@code dropLogo}), and a name to save the design under as a template.
 */
record ArtworkForm(
        String imageSource,
        String shape,
        String background,
        String border,
        String textColour,
        String line1,
        String line2,
        String line3,
        String icon,
        String ribbon,
        String logoData,
        Boolean dropLogo,
        String templateName) {

    static final String DESIGN = "design";

    /** The designer as a new badge opens it. */
    static ArtworkForm starter() {
        return of(Artwork.starter(null), DESIGN);
    }

    /** The designer showing {@code artwork}, the image coming from {@code imageSource}. */
    static ArtworkForm of(Artwork artwork, String imageSource) {
        List<String> lines = artwork.lines();
        return new ArtworkForm(
                imageSource,
                artwork.shape().key(),
                artwork.background().hex(),
                artwork.border().hex(),
                artwork.text().hex(),
                lines.size() > 0 ? lines.get(0) : "",
                lines.size() > 1 ? lines.get(1) : "",
                lines.size() > 2 ? lines.get(2) : "",
                artwork.icon() == null ? "" : artwork.icon(),
                artwork.ribbon() == null ? "" : artwork.ribbon(),
                artwork.logo() == null
                        ? ""
                        : "data:" + artwork.logo().mediaType() + ";base64,"
                                + Base64.getEncoder()
                                        .encodeToString(artwork.logo().bytes()),
                false,
                "");
    }

    /** The same designer, its image coming from {@code source}. */
    ArtworkForm from(String source) {
        return new ArtworkForm(
                source,
                shape,
                background,
                border,
                textColour,
                line1,
                line2,
                line3,
                icon,
                ribbon,
                logoData,
                dropLogo,
                templateName);
    }

    /** Whether the badge's image is drawn here rather than uploaded. */
    boolean designed() {
        return DESIGN.equals(imageSource);
    }

    /** Checks each field, naming it: the shape and icon offered, colours, line lengths. */
    void validate(Errors errors) {
        if (Shape.of(shape).isEmpty()) {
            errors.rejectValue("shape", "artwork.shape.invalid");
        }
        Map<String, String> colours = new LinkedHashMap<>();
        colours.put("background", background);
        colours.put("border", border);
        colours.put("textColour", textColour);
        colours.forEach((field, value) -> {
            if (!Colour.isValid(value)) {
                errors.rejectValue(field, "artwork.colour.invalid");
            }
        });
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("line1", line1);
        texts.put("line2", line2);
        texts.put("line3", line3);
        texts.put("ribbon", ribbon);
        texts.forEach((field, value) -> {
            if (value != null && value.strip().length() > Artwork.MAX_LINE) {
                errors.rejectValue(field, "artwork.line.long", new Object[] {Artwork.MAX_LINE}, null);
            }
        });
        if (icon != null && !icon.isBlank() && !Icons.exists(icon.strip())) {
            errors.rejectValue("icon", "artwork.unknown-icon");
        }
        if (logoData != null && !logoData.isBlank() && keptLogo() == null) {
            errors.rejectValue("logoData", "artwork.logo.invalid");
        }
    }

    /** Checks the name a template is saved under. */
    void validateTemplateName(Errors errors) {
        if (templateName == null || templateName.isBlank()) {
            errors.rejectValue("templateName", "artwork.template.name.required");
        } else if (templateName.strip().length() > ArtworkTemplates.MAX_NAME) {
            errors.rejectValue(
                    "templateName", "artwork.template.name.long", new Object[] {ArtworkTemplates.MAX_NAME}, null);
        }
    }

    /**
     * The artwork described; call only when {@link #validate} found nothing.
     *
     * @param uploaded a logo uploaded with this request, or null: it replaces the one kept
     */
    Artwork toArtwork(Artwork.Logo uploaded) {
        List<String> lines = new ArrayList<>();
        for (String line : new String[] {line1, line2, line3}) {
            if (line != null && !line.isBlank()) {
                lines.add(line);
            }
        }
        Artwork.Logo logo = uploaded != null ? uploaded : Boolean.TRUE.equals(dropLogo) ? null : keptLogo();
        return new Artwork(
                Shape.of(shape).orElseThrow(),
                Colour.parse(background),
                Colour.parse(border),
                Colour.parse(textColour),
                lines,
                icon,
                logo,
                ribbon);
    }

    /** The logo carried from before, or null when there is none or it is not a PNG or JPEG data URI. */
    private Artwork.Logo keptLogo() {
        if (logoData == null || logoData.isBlank()) {
            return null;
        }
        for (String type : List.of("image/png", "image/jpeg")) {
            String prefix = "data:" + type + ";base64,";
            if (logoData.startsWith(prefix)) {
                try {
                    return new Artwork.Logo(Base64.getDecoder().decode(logoData.substring(prefix.length())), type);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
