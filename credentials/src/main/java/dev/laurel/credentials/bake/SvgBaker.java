package dev.laurel.credentials.bake;

import dev.laurel.credentials.bake.SvgCredentialElement.Rendered;
import dev.laurel.credentials.bake.SvgMarkup.Attribute;
import dev.laurel.credentials.bake.SvgMarkup.Credential;
import dev.laurel.credentials.bake.SvgMarkup.StartTag;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bakes into and unbakes from SVG. Baking edits the original UTF-8 text in place: it removes credential elements
 * already there, binds {@code xmlns:openbadges} on the root start tag, and inserts the new element right after that
 * tag. A self-closing root ({@code <svg/>}) is opened and closed around the element.
 */
final class SvgBaker {

    private static final String PREFIX_DECLARATION = "xmlns:openbadges";

    private SvgBaker() {}

    static UnbakeResult unbake(byte[] image) {
        return SvgReader.read(image);
    }

    static BakeResult bake(byte[] image, BadgePayload payload) {
        Optional<XmlProlog> prolog = XmlProlog.scan(image);
        if (prolog.isEmpty()) {
            return new BakeResult.Refused(Baker.NOT_AN_IMAGE);
        }
        Optional<String> encoding = prolog.get().encoding();
        if (encoding.isPresent() && !encoding.get().equalsIgnoreCase("UTF-8")) {
            return new BakeResult.Refused(
                    "SVG declares the encoding " + encoding.get() + "; only UTF-8 SVG can be baked");
        }
        if (SvgReader.read(image) instanceof UnbakeResult.Unreadable unreadable) {
            return new BakeResult.Refused(unreadable.message());
        }
        Optional<SvgMarkup> markup = SvgMarkup.scan(image, prolog.get().rootStart());
        if (markup.isEmpty()) {
            return new BakeResult.Refused("SVG markup could not be located for splicing");
        }
        return switch (SvgCredentialElement.render(payload)) {
            case Rendered.Unfit unfit -> new BakeResult.Refused(unfit.message());
            case Rendered.Markup element -> splice(image, markup.get(), payload.standard(), element.text());
        };
    }

    private static BakeResult splice(byte[] image, SvgMarkup markup, BadgeStandard standard, String element) {
        StartTag root = markup.root();
        List<Splice> edits = new ArrayList<>();
        Optional<Attribute> declared = root.attribute(PREFIX_DECLARATION);
        if (declared.isEmpty()) {
            edits.add(Splice.insert(root.close(), " " + PREFIX_DECLARATION + "=\"" + standard.svgNamespace + "\""));
        } else if (!declared.get().value().equals(standard.svgNamespace)) {
            Attribute attribute = declared.get();
            boolean otherStandard = List.of(BadgeStandard.values()).stream()
                    .anyMatch(other -> other.svgNamespace.equals(attribute.value()));
            if (!otherStandard) {
                return new BakeResult.Refused("SVG binds the prefix openbadges to " + attribute.value()
                        + "; refusing to rebind it to " + standard.svgNamespace);
            }
            edits.add(new Splice(
                    attribute.valueStart(), attribute.valueEnd() - attribute.valueStart(), standard.svgNamespace));
        }
        if (root.selfClosing()) {
            edits.add(new Splice(root.close(), 2, ">" + element + "</" + root.name() + ">"));
        } else {
            edits.add(Splice.insert(root.end(), element));
        }
        List<BadgeStandard> replaced = new ArrayList<>();
        for (Credential credential : markup.credentials()) {
            replaced.add(credential.standard());
            edits.add(new Splice(credential.start(), credential.end() - credential.start(), ""));
        }
        return new BakeResult.Baked(Splice.apply(image, edits), ImageKind.SVG, replaced);
    }

    /** Replaces {@code removed} bytes at {@code offset} with the UTF-8 of {@code inserted}. */
    private record Splice(int offset, int removed, String inserted) {
        static Splice insert(int offset, String inserted) {
            return new Splice(offset, 0, inserted);
        }

        /** Applies edits given in ascending, non-overlapping order (an insertion before a removal at its offset). */
        static byte[] apply(byte[] original, List<Splice> edits) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 256);
            int copied = 0;
            for (Splice edit : edits) {
                out.write(original, copied, edit.offset() - copied);
                byte[] inserted = edit.inserted().getBytes(StandardCharsets.UTF_8);
                out.write(inserted, 0, inserted.length);
                copied = edit.offset() + edit.removed();
            }
            out.write(original, copied, original.length - copied);
            return out.toByteArray();
        }
    }
}
