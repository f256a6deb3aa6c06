package dev.laurel.server.backpack;

import dev.laurel.credentials.bake.BadgePayload;
import dev.laurel.credentials.bake.BadgeStandard;
import dev.laurel.credentials.bake.BakeResult;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.bake.ImageKind;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.issuing.Issuance;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.signing.ProofFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A backpack item's credential as a file of the format asked for: the badge image with the credential baked in (PNG
 * or SVG), its JSON with an embedded proof, or its VC-JWT.
 *
 * <p>An import keeps its original bytes: the format it came in is those bytes exactly, and the other image kind is
 * baked from the same credential. A credential issued here is its signed document; its other proof format is signed
 * on request with the issuer's active key ({@link Issuance#document}: the same credential, secured the other way). An imported credential is only
 * ever what its issuer signed: it has no JSON form when it is a VC-JWT and no JWT form when it carries an embedded
 * proof, because only its issuer could sign one.
 */
@Component
class ItemFiles {

    /** The formats an item downloads as. */
    public enum Format {
        PNG("png"),
        SVG("svg"),
        JSON("json"),
        JWT("jwt");

        private final String key;

        Format(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        static Optional<Format> parse(String key) {
            for (Format format : values()) {
                if (format.key.equals(key == null ? "" : key.toLowerCase(Locale.ROOT))) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    /** What a download came to. */
    sealed interface Outcome {
        /** The file. */
        record File(Originals.Document document) implements Outcome {}

        /**
         * Not offered in this format; {@code reason} is a message key saying why.
         *
         * @param reason the message key
         */
        record Unavailable(String reason) implements Outcome {}
    }

    /** The badge image used when an imported credential names none that can be read. */
    private static final String DEFAULT_IMAGE = "static/images/laurel.svg";

    private final Items items;
    private final Badges badges;
    private final Issuance issuance;
    private final HttpFetcher fetcher;
    private final byte[] defaultImage = read(DEFAULT_IMAGE);

    ItemFiles(Items items, Badges badges, Issuance issuance, HttpFetcher fetcher) {
        this.items = items;
        this.badges = badges;
        this.issuance = issuance;
        this.fetcher = fetcher;
    }

    /**
     * The formats offered for the entry, in the order a page lists them; {@code original} is an import's original (as
     * the page already read it), null for a credential issued here.
     */
    List<Format> offered(Backpack.Entry entry, Items.Original original) {
        if (original == null) {
            return List.of(Format.PNG, Format.SVG, Format.JSON, Format.JWT);
        }
        return isJwt(original.text())
                ? List.of(Format.PNG, Format.SVG, Format.JWT)
                : List.of(Format.PNG, Format.SVG, Format.JSON);
    }

    Outcome file(Backpack.Entry entry, Format format) {
        return entry.item().imported() ? imported(entry, format) : issued(entry, format);
    }

    private Outcome issued(Backpack.Entry entry, Format format) {
        IssuedCredential credential = entry.issued();
        if (credential == null || credential.recipientForgotten()) {
            return new Outcome.Unavailable("item.download.gone");
        }
        String slug = Originals.slug(entry.item().facts().name());
        return switch (format) {
            case PNG, SVG -> {
                byte[] image = badges.image(credential.badgeId())
                        .map(Badges.Image::bytes)
                        .orElse(defaultImage);
                yield baked(image, BadgePayload.openBadgeCredential(credential.document()), format, slug);
            }
            case JSON ->
                file(
                        issuance.document(credential, ProofFormat.DATA_INTEGRITY)
                                .getBytes(StandardCharsets.UTF_8),
                        "json",
                        slug);
            case JWT ->
                file(issuance.document(credential, ProofFormat.VC_JWT).getBytes(StandardCharsets.UTF_8), "jwt", slug);
        };
    }

    private Outcome imported(Backpack.Entry entry, Format format) {
        Items.Original original = items.original(entry.item().id()).orElseThrow();
        String slug = Originals.slug(entry.item().facts().name());
        String text = original.text();
        boolean jwt = isJwt(text);
        return switch (format) {
            case PNG, SVG -> {
                if (original.kind().equals(format.key())) {
                    yield file(original.bytes(), format.key(), slug);
                }
                byte[] image = original.kind().equals("png") || original.kind().equals("svg")
                        ? original.bytes()
                        : carrier(entry.item().facts().image());
                BadgeStandard standard =
                        entry.item().format() != null && entry.item().format().startsWith("ob2")
                                ? BadgeStandard.OPEN_BADGES_2_0
                                : BadgeStandard.OPEN_BADGES_3_0;
                yield baked(image, BadgePayload.of(standard, text), format, slug);
            }
            case JSON -> {
                if (jwt) {
                    yield new Outcome.Unavailable("item.download.noJson");
                }
                yield file(
                        original.kind().equals("json") ? original.bytes() : text.getBytes(StandardCharsets.UTF_8),
                        "json",
                        slug);
            }
            case JWT -> {
                if (!jwt) {
                    yield new Outcome.Unavailable("item.download.noJwt");
                }
                yield file(
                        original.kind().equals("jwt") ? original.bytes() : text.getBytes(StandardCharsets.UTF_8),
                        "jwt",
                        slug);
            }
        };
    }

    private static boolean isJwt(String text) {
        return !text.startsWith("{") && DecodedJwt.looksLikeJwt(text);
    }

    private Outcome baked(byte[] image, BadgePayload payload, Format format, String slug) {
        ImageKind target = format == Format.PNG ? ImageKind.PNG : ImageKind.SVG;
        BakeResult result = Baker.bakeAs(image, payload, target);
        if (result instanceof BakeResult.Refused) {
            // The badge's own image cannot carry it (unreadable, or not PNG/SVG): Laurel's default image can.
            result = Baker.bakeAs(defaultImage, payload, target);
        }
        return switch (result) {
            case BakeResult.Baked done -> file(done.image(), format.key(), slug);
            case BakeResult.Refused refused -> new Outcome.Unavailable("item.download.cannotBake");
        };
    }

    /**
     * The image to bake an imported JSON or JWT credential into: the image it names, when it is a PNG or SVG given
     * inline or at an https URL (fetched through the SSRF-guarded fetcher), else Laurel's default badge image.
     */
    private byte[] carrier(String url) {
        Optional<byte[]> inline = inlineImage(url);
        if (inline.isPresent()) {
            return inline.get();
        }
        if (url != null && url.startsWith("https://")) {
            try {
                if (fetcher.fetch(new URI(url), "image/png, image/svg+xml") instanceof FetchResult.Fetched fetched
                        && ImageKind.detect(fetched.body()) != ImageKind.OTHER) {
                    return fetched.body();
                }
            } catch (URISyntaxException e) {
                return defaultImage;
            }
        }
        return defaultImage;
    }

    /** The PNG or SVG a {@code data:image/…;base64,} URL carries; empty for anything else. */
    static Optional<byte[]> inlineImage(String url) {
        if (url == null || !url.startsWith("data:image/") || !url.contains(";base64,")) {
            return Optional.empty();
        }
        try {
            byte[] image = Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1));
            return ImageKind.detect(image) == ImageKind.OTHER ? Optional.empty() : Optional.of(image);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Outcome file(byte[] bytes, String kind, String slug) {
        return new Outcome.File(new Originals.Document(bytes, Originals.mediaType(kind), slug + "." + kind, kind));
    }
}
