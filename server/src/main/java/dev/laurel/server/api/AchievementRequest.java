package dev.laurel.server.api;

import dev.laurel.server.certificates.CertificateDesign;
import dev.laurel.server.certificates.CertificateTemplate;
import dev.laurel.server.certificates.Orientation;
import dev.laurel.server.certificates.Paper;
import dev.laurel.server.certificates.Picture;
import dev.laurel.server.certificates.SignatureBlock;
import dev.laurel.server.certificates.TextBlock;
import dev.laurel.server.certificates.Typeface;
import dev.laurel.server.platform.HttpIri;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A badge's design as the API takes it, to create (image required) or replace (image optional) an achievement. */
@Schema(name = "AchievementRequest", description = "An achievement (badge) design.")
record AchievementRequest(
        @Schema(example = "Teamwork", maxLength = 200) @NotBlank @Size(max = 200)
        String name,

        @Schema(example = "Recognizes sustained, generous collaboration in a team project.", maxLength = 4000)
        @NotBlank
        @Size(max = 4000)
        String description,

        @Schema(description = "How it is earned: a narrative, a URL, or both.") @Valid @NotNull
        Criteria criteria,

        @Schema(
                description = "The badge image as a data: URI, PNG or SVG, square, at least 90 × 90 px, at most 2 MB. "
                        + "Required to create; on replace, omit it to keep the current image.",
                example = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA…")
        String image,

        @Schema(
                description = "The Open Badges 3.0 achievement type.",
                example = "Badge",
                allowableValues = {
                    "Badge",
                    "Achievement",
                    "Certificate",
                    "CertificateOfCompletion",
                    "Certification",
                    "Course",
                    "Competency",
                    "MicroCredential",
                    "Award",
                    "Assessment",
                    "License",
                    "Membership",
                    "LearningProgram",
                    "Degree",
                    "Diploma"
                })
        String achievementType,

        @Schema(example = "[\"collaboration\"]") @Size(max = 50)
        List<@NotBlank @Size(max = 100) String> tags,

        @Schema(example = "[\"Teamwork\", \"Communication\"]") @Size(max = 50)
        List<@NotBlank @Size(max = 100) String> skills,

        @Size(max = 50) List<@Valid @NotNull Alignment> alignments,

        @Schema(example = "1.5", description = "Continuing-education credits, 0 to 9999.99.")
        @DecimalMin("0")
        @DecimalMax("9999.99")
        @Digits(integer = 4, fraction = 2)
        BigDecimal creditsAvailable,

        @Schema(example = "24", description = "How many months its credentials stay valid; omit for no end.")
        @Min(1)
        @Max(999)
        Integer validityMonths,

        @Schema(
                description = "How its credentials are signed by default: di (Data Integrity) or jwt (VC-JWT).",
                allowableValues = {"di", "jwt"},
                defaultValue = "di")
        @Pattern(regexp = "di|jwt", message = "must be di or jwt")
        String format,

        @Schema(description = "Its credentials' PDF certificate; omit for the classic template, A4, landscape.") @Valid
        Certificate certificate) {

    /** The criteria: at least one of the two. */
    @Schema(name = "Criteria")
    record Criteria(
            @Schema(example = "Complete the team project with a passing grade.") @Size(max = 8000)
            String narrative,

            @Schema(example = "https://example.edu/badges/teamwork") @Size(max = 1000) @HttpIri
            String url) {}

    /**
     * The certificate design: a built-in template, the paper and the orientation, and what the designer adds —
     * background, logo, signature blocks, text blocks with placeholders, QR code and badge image on or off, and whether
     * the issued mail carries the certificate. Only {@code template} is needed; the rest defaults to the template as it
     * comes.
     */
    @Schema(name = "Certificate")
    record Certificate(
            @Schema(
                    example = "classic",
                    allowableValues = {"classic", "modern", "minimal", "formal"},
                    defaultValue = "classic")
            @Pattern(regexp = "classic|modern|minimal|formal", message = "must be classic, modern, minimal or formal")
            String template,

            @Schema(
                    example = "a4",
                    allowableValues = {"a4", "letter"},
                    defaultValue = "a4")
            @Pattern(regexp = "a4|letter", message = "must be a4 or letter")
            String paper,

            @Schema(
                    example = "landscape",
                    allowableValues = {"landscape", "portrait"},
                    defaultValue = "landscape")
            @Pattern(regexp = "landscape|portrait", message = "must be landscape or portrait")
            String orientation,

            @Schema(
                    description =
                            "A PNG or JPEG data: URI (at most 1 MB) covering the page; omit for the template's own.")
            String background,

            @Schema(description = "A PNG or JPEG data: URI (at most 256 KB) shown as the logo.")
            String logo,

            @Schema(
                    description = "Whether the organization's own image is the logo when no logo is given.",
                    defaultValue = "false")
            Boolean organizationLogo,

            @Schema(description = "Up to three signature blocks.") @Valid
            List<Signature> signatures,

            @Schema(description = "Up to three text blocks, under the achievement's description.") @Valid
            List<Text> texts,

            @Schema(description = "Whether the QR code to the credential's page is shown.", defaultValue = "true")
            Boolean qrCode,

            @Schema(description = "Whether the badge image is shown.", defaultValue = "true")
            Boolean badgeImage,

            @Schema(
                    description = "Whether the issued mail carries the certificate (when it is at most 2 MB).",
                    defaultValue = "false")
            Boolean attachToMail) {

        /** The design this asks for, defaults filling what it omits; a picture that is not one is left out. */
        CertificateDesign design() {
            CertificateDesign fallback = CertificateDesign.DEFAULT;
            return new CertificateDesign(
                    template == null
                            ? fallback.template()
                            : CertificateTemplate.of(template).orElseThrow(),
                    paper == null ? fallback.paper() : Paper.of(paper).orElseThrow(),
                    orientation == null
                            ? fallback.orientation()
                            : Orientation.of(orientation).orElseThrow(),
                    Picture.ofDataUri(background).orElse(null),
                    Picture.ofDataUri(logo).orElse(null),
                    Boolean.TRUE.equals(organizationLogo),
                    signatures == null
                            ? List.of()
                            : signatures.stream()
                                    .map(s -> new SignatureBlock(
                                            s.name() == null ? "" : s.name(),
                                            s.title(),
                                            Picture.ofDataUri(s.image()).orElse(null)))
                                    .toList(),
                    texts == null
                            ? List.of()
                            : texts.stream()
                                    .map(t -> new TextBlock(
                                            t.text() == null ? "" : t.text(),
                                            Typeface.of(t.typeface() == null ? "serif" : t.typeface())
                                                    .orElse(Typeface.SERIF),
                                            t.size() == null ? TextBlock.DEFAULT_SIZE : t.size()))
                                    .toList(),
                    !Boolean.FALSE.equals(qrCode),
                    !Boolean.FALSE.equals(badgeImage),
                    Boolean.TRUE.equals(attachToMail));
        }

        /** The pictures given that are not PNG or JPEG data: URIs, by field. */
        List<String> notPictures() {
            List<String> fields = new java.util.ArrayList<>();
            if (background != null && Picture.ofDataUri(background).isEmpty()) {
                fields.add("background");
            }
            if (logo != null && Picture.ofDataUri(logo).isEmpty()) {
                fields.add("logo");
            }
            for (int i = 0; signatures != null && i < signatures.size(); i++) {
                String image = signatures.get(i).image();
                if (image != null && Picture.ofDataUri(image).isEmpty()) {
                    fields.add("signatures[" + i + "].image");
                }
            }
            return fields;
        }

        static Certificate of(CertificateDesign design) {
            return new Certificate(
                    design.template().key(),
                    design.paper().key(),
                    design.orientation().key(),
                    design.background() == null ? null : design.background().dataUri(),
                    design.logo() == null ? null : design.logo().dataUri(),
                    design.organizationLogo(),
                    design.signatures().stream()
                            .map(s -> new Signature(
                                    s.name(),
                                    s.title(),
                                    s.image() == null ? null : s.image().dataUri()))
                            .toList(),
                    design.texts().stream()
                            .map(t -> new Text(t.text(), t.typeface().key(), t.size()))
                            .toList(),
                    design.qrCode(),
                    design.badgeImage(),
                    design.attachToMail());
        }

        /** A signature block: the signer's name and title, and the signature as a PNG or JPEG data: URI. */
        @Schema(name = "CertificateSignature")
        record Signature(
                @Schema(example = "Dr. Ada Lovelace") String name,
                @Schema(example = "Director of Studies") String title,

                @Schema(description = "A PNG or JPEG data: URI, at most 256 KB.")
                String image) {}

        /** A text block: text with placeholders, its typeface and size. */
        @Schema(name = "CertificateText")
        record Text(
                @Schema(example = "Awarded to {recipient.name}, cohort {custom.cohort}.")
                String text,

                @Schema(
                        allowableValues = {"serif", "sans", "arabic", "hebrew", "devanagari", "cjk"},
                        defaultValue = "serif")
                @Pattern(
                        regexp = "serif|sans|arabic|hebrew|devanagari|cjk",
                        message = "must be serif, sans, arabic, hebrew, devanagari or cjk")
                String typeface,

                @Schema(description = "Points, 7 to 36.", defaultValue = "12")
                Double size) {}
    }

    /** An alignment to a framework item. */
    @Schema(name = "Alignment")
    record Alignment(
            @Schema(example = "ESCO") @Size(max = 200) String framework,
            @Schema(example = "S1.8") @Size(max = 100) String code,

            @Schema(example = "Teamwork") @NotBlank @Size(max = 200)
            String name,

            @Schema(example = "https://esco.example/skills/teamwork") @NotBlank @Size(max = 1000) @HttpIri
            String url) {}
}
