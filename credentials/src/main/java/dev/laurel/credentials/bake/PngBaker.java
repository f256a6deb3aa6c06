package dev.laurel.credentials.bake;

import dev.laurel.credentials.bake.PngDatastream.Broken;
import dev.laurel.credentials.bake.PngDatastream.Chunk;
import dev.laurel.credentials.bake.PngDatastream.Layout;
import dev.laurel.credentials.bake.PngTextChunk.Malformed;
import dev.laurel.credentials.bake.PngTextChunk.Text;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Bakes into and unbakes from PNG by splicing chunks: the credential chunk goes right after IHDR. */
final class PngBaker {

    private PngBaker() {}

    static BakeResult bake(byte[] image, BadgePayload payload) {
        return switch (PngDatastream.parse(image)) {
            case Broken broken -> new BakeResult.Refused(broken.message());
            case Layout layout -> splice(image, layout, payload);
        };
    }

    static UnbakeResult unbake(byte[] image) {
        return switch (PngDatastream.parse(image)) {
            case Broken broken -> new UnbakeResult.Unreadable(broken.message());
            case Layout layout -> firstCredential(image, layout);
        };
    }

    private static BakeResult splice(byte[] image, Layout layout, BadgePayload payload) {
        byte[] inserted;
        try {
            inserted = PngTextChunk.encode(payload.standard(), payload.text());
        } catch (IllegalArgumentException e) {
            return new BakeResult.Refused(e.getMessage());
        }
        if ((long) image.length + inserted.length > Integer.MAX_VALUE - 8) {
            return new BakeResult.Refused("baked PNG would be too large");
        }
        List<Chunk> chunks = layout.chunks();
        Chunk header = chunks.getFirst();
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.length + inserted.length);
        out.write(image, 0, header.end());
        out.write(inserted, 0, inserted.length);
        List<BadgeStandard> replaced = new ArrayList<>();
        for (Chunk chunk : chunks.subList(1, chunks.size())) {
            Optional<BadgeStandard> existing = PngTextChunk.credentialIn(image, chunk);
            if (existing.isPresent()) {
                replaced.add(existing.get());
            } else {
                out.write(image, chunk.offset(), chunk.end() - chunk.offset());
            }
        }
        out.write(image, layout.end(), image.length - layout.end());
        return new BakeResult.Baked(out.toByteArray(), ImageKind.PNG, replaced);
    }

    private static UnbakeResult firstCredential(byte[] image, Layout layout) {
        for (Chunk chunk : layout.chunks()) {
            Optional<BadgeStandard> standard = PngTextChunk.credentialIn(image, chunk);
            if (standard.isPresent()) {
                return switch (PngTextChunk.decode(image, chunk, standard.get())) {
                    case Malformed malformed -> new UnbakeResult.Unreadable(malformed.message());
                    case Text text
                    when text.text().isEmpty() ->
                        new UnbakeResult.Unreadable(
                                chunk.type() + " " + standard.get().pngKeyword + " chunk carries no text");
                    case Text text ->
                        new UnbakeResult.Found(
                                ImageKind.PNG, BadgePayload.of(standard.get(), text.text()), Optional.empty());
                };
            }
        }
        return new UnbakeResult.NotBaked(ImageKind.PNG);
    }
}
