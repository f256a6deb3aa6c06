package dev.laurel.server.certificates;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.pdf.CertificatePdf;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.server.bulk.CustomColumns;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.signing.ProofFormat;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Credentials' certificates: the PDF/A-3b document of a credential, in its badge's design, carrying the signed
 * credential ({@code credential.json}; also {@code credential.jwt} for a VC-JWT) and sealed by the organization
 * (PAdES B-B, or B-LT with a time-stamp authority). Made the first time it is asked for, not when the credential is
 * issued, and kept by the digest of what it shows, so it is made again only when that changes (a revocation stamps it
 * "Revoked"); a seal that fell short of its level (B-T for B-LT) is served but not kept. Thread-safe.
 */
@Service
public class Certificates {

    /** Changes when templates or rendering change, so kept PDFs are made again. */
    private static final String RENDERING = "certificates-2";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final int MAX_DESCRIPTION = 400;

    private final IssuedCredentials credentials;
    private final Badges badges;
    private final Organizations organizations;
    private final CertificateDesigns designs;
    private final Seals seals;
    private final RenderedPdfs pdfs;
    private final LaurelSettings settings;
    private final CustomColumns columns;
    private final Clock clock;

    Certificates(
            IssuedCredentials credentials,
            Badges badges,
            Organizations organizations,
            CertificateDesigns designs,
            Seals seals,
            RenderedPdfs pdfs,
            LaurelSettings settings,
            CustomColumns columns,
            Clock clock) {
        this.columns = columns;
        this.credentials = credentials;
        this.badges = badges;
        this.organizations = organizations;
        this.designs = designs;
        this.seals = seals;
        this.pdfs = pdfs;
        this.settings = settings;
        this.clock = clock;
    }

    /** The credential's certificate PDF; empty when there is no such credential or its earner deleted their account. */
    public Optional<byte[]> pdf(CredentialId id) {
        return credentials.find(id).filter(c -> !c.recipientForgotten()).map(this::pdf);
    }

    /** The certificate PDF of {@code credential}, whose earner has not deleted their account. */
    public byte[] pdf(IssuedCredential credential) {
        Organization organization =
                organizations.find(credential.organizationId()).orElseThrow();
        CertificateDesign design = designs.of(credential.badgeId());
        byte[] image =
                badges.image(credential.badgeId()).map(Badges.Image::bytes).orElse(null);
        Map<String, String> custom = custom(credential.id(), design);
        String logo = logo(organization, design);
        SealKeys.SealKey seal = seals.key(organization);
        String digest = digest(credential, design, organization.name(), seals.identity(seal), image, custom, logo);
        return pdfs.find(digest).orElseGet(() -> {
            SealedPdf sealed = render(credential, design, organization, image, custom, logo, seal);
            if (sealed.level() == seals.level()) {
                pdfs.keep(digest, credential.id(), sealed.bytes());
            }
            return sealed.bytes();
        });
    }

    /**
     * The first page of a certificate of {@code badge} in {@code design}, for a sample earner, as a PNG of {@code dpi}
     * dots per inch: drawn from the PDF the same renderer makes, so the preview is the certificate.
     */
    public byte[] preview(Badge badge, CertificateDesign design, int dpi) {
        Organization organization = organizations.find(badge.organizationId()).orElseThrow();
        Instant now = clock.instant();
        CertificateFacts facts = new CertificateFacts(
                "Alex Morgan",
                badge.name(),
                shortened(badge.description()),
                DATE.format(now),
                badge.validityMonths() == null
                        ? null
                        : DATE.format(now.atZone(ZoneOffset.UTC)
                                .plusMonths(badge.validityMonths())
                                .toInstant()),
                credits(badge.creditsAvailable()),
                settings.url("/c/00000000-0000-0000-0000-000000000000"),
                organization.name(),
                image(badges.image(badge.id()).map(Badges.Image::bytes).orElse(null)),
                QrCodes.dataUri(settings.url("/c/00000000-0000-0000-0000-000000000000")),
                null);
        Map<String, String> sample = new java.util.HashMap<>();
        design.texts().forEach(text -> sampleColumns(text.text(), sample));
        Decorations decorations = Decorations.of(design, facts, sample, logo(organization, design));
        byte[] pdf = Typesetter.pdf(TemplatePages.xhtml(design, facts, decorations), List.of(), now);
        return PagePictures.firstPage(pdf, dpi);
    }

    /**
     * The first page of {@code credential}'s certificate as it would be in {@code design} (not sealed, not kept), as a
     * PNG of {@code dpi} dots per inch: the designer's preview with a chosen earner's data.
     */
    public byte[] preview(IssuedCredential credential, CertificateDesign design, int dpi) {
        Organization organization =
                organizations.find(credential.organizationId()).orElseThrow();
        byte[] image =
                badges.image(credential.badgeId()).map(Badges.Image::bytes).orElse(null);
        JsonNode json = json(credential);
        CertificateFacts facts = facts(credential, json, organization, image);
        Decorations decorations =
                Decorations.of(design, facts, custom(credential.id(), design), logo(organization, design));
        byte[] pdf = Typesetter.pdf(TemplatePages.xhtml(design, facts, decorations), List.of(), clock.instant());
        return PagePictures.firstPage(pdf, dpi);
    }

    /** In a preview without a credential, {@code {custom.COLUMN}} shows as {@code [COLUMN]}. */
    private static void sampleColumns(String text, Map<String, String> sample) {
        java.util.regex.Matcher matcher =
                java.util.regex.Pattern.compile("\\{custom\\.([^{}]+)}").matcher(text);
        while (matcher.find()) {
            sample.put(Placeholders.column(matcher.group(1)), "[" + matcher.group(1) + "]");
        }
    }

    private Map<String, String> custom(CredentialId credential, CertificateDesign design) {
        boolean wanted = design.texts().stream().anyMatch(text -> text.text().contains("{custom."));
        return wanted ? columns.of(credential) : Map.of();
    }

    private String logo(Organization organization, CertificateDesign design) {
        if (design.logo() != null || !design.organizationLogo()) {
            return null;
        }
        return organizations
                .image(organization.id())
                .map(found -> Picture.of(found.bytes()).map(Picture::dataUri).orElseGet(() -> image(found.bytes())))
                .orElse(null);
    }

    private SealedPdf render(
            IssuedCredential credential,
            CertificateDesign design,
            Organization organization,
            byte[] image,
            Map<String, String> custom,
            String logo,
            SealKeys.SealKey seal) {
        JsonNode json = json(credential);
        CertificateFacts facts = facts(credential, json, organization, image);
        Decorations decorations = Decorations.of(design, facts, custom, logo);
        Instant now = clock.instant();
        byte[] pdf =
                Typesetter.pdf(TemplatePages.xhtml(design, facts, decorations), attachments(credential, json), now);
        return seals.seal(pdf, seal, organization, now);
    }

    private static JsonNode json(IssuedCredential credential) {
        return credential.format() == ProofFormat.VC_JWT
                ? DecodedJwt.parse(credential.document()).credential()
                : Json.parse(credential.document());
    }

    private CertificateFacts facts(
            IssuedCredential credential, JsonNode json, Organization organization, byte[] image) {
        String url = settings.url("/c/" + credential.id().value());
        JsonNode achievement = json.path("credentialSubject").path("achievement");
        return new CertificateFacts(
                credential.recipientName(),
                achievement.path("name").asText(credential.badgeName()),
                shortened(achievement.path("description").asText("")),
                DATE.format(credential.issuedAt()),
                credential.validUntil() == null ? null : DATE.format(credential.validUntil()),
                credits(credential.creditsEarned()),
                url,
                json.path("issuer").path("name").asText(organization.name()),
                image(image),
                QrCodes.dataUri(url),
                stamp(credential.state()));
    }

    private static List<Attachment> attachments(IssuedCredential credential, JsonNode json) {
        List<Attachment> files = new ArrayList<>();
        if (credential.format() == ProofFormat.VC_JWT) {
            files.add(new Attachment(
                    CertificatePdf.JWT_FILE,
                    "application/vc+jwt",
                    "The verifiable credential, as its issuer signed it (VC-JWT)",
                    credential.document().getBytes(StandardCharsets.UTF_8)));
            files.add(new Attachment(
                    CertificatePdf.JSON_FILE,
                    "application/json",
                    "The credential the VC-JWT carries (its signature is in credential.jwt)",
                    Json.write(json).getBytes(StandardCharsets.UTF_8)));
        } else {
            files.add(new Attachment(
                    CertificatePdf.JSON_FILE,
                    "application/vc+ld+json",
                    "The verifiable credential, with its issuer's proof",
                    credential.document().getBytes(StandardCharsets.UTF_8)));
        }
        return files;
    }

    private static String stamp(CredentialState state) {
        return switch (state) {
            case REVOKED -> "Revoked";
            case SUSPENDED -> "Suspended";
            case ACTIVE -> null;
        };
    }

    private static String credits(BigDecimal credits) {
        return credits == null || credits.signum() == 0
                ? null
                : credits.stripTrailingZeros().toPlainString();
    }

    private static String shortened(String description) {
        String text = description == null ? "" : description.strip();
        return text.length() <= MAX_DESCRIPTION
                ? text
                : text.substring(0, MAX_DESCRIPTION - 1).strip() + "…";
    }

    private static String image(byte[] image) {
        byte[] png = image == null ? null : Baker.asPng(image);
        return png == null
                ? null
                : "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static String digest(
            IssuedCredential credential,
            CertificateDesign design,
            String organizationName,
            String seal,
            byte[] image,
            Map<String, String> custom,
            String logo) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(
                    RENDERING,
                    design.template().key(),
                    design.paper().key(),
                    design.orientation().key(),
                    credential.state().name(),
                    String.valueOf(credential.recipientName()),
                    organizationName,
                    seal,
                    credential.document(),
                    String.valueOf(design.texts()),
                    String.valueOf(design.signatures()),
                    design.qrCode() + " " + design.badgeImage() + " " + design.organizationLogo(),
                    String.valueOf(new java.util.TreeMap<>(custom)),
                    String.valueOf(logo))) {
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            for (byte[] picture : pictures(design, image)) {
                sha256.update(picture);
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** The pictures a certificate shows, for its digest. */
    private static List<byte[]> pictures(CertificateDesign design, byte[] image) {
        List<byte[]> pictures = new ArrayList<>();
        pictures.add(image == null ? new byte[0] : image);
        pictures.add(
                design.background() == null ? new byte[0] : design.background().bytes());
        pictures.add(design.logo() == null ? new byte[0] : design.logo().bytes());
        for (SignatureBlock signature : design.signatures()) {
            pictures.add(
                    signature.image() == null ? new byte[0] : signature.image().bytes());
        }
        return pictures;
    }
}
