package dev.laurel.credentials.bake;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link Baker#bake}: the baked image, or why the image could not be baked. {@link Baked} compares its
 * image by content; its array is not copied, so a caller that changes it changes the result.
 */
public sealed interface BakeResult {

    /**
     * The baked image.
     *
     * @param image new bytes: the input image with the credential spliced in; a fresh array the caller owns
     * @param kind the kind of the image
     * @param replaced the standards of credentials that were already baked in and were removed, in image order
     */
    record Baked(byte[] image, ImageKind kind, List<BadgeStandard> replaced) implements BakeResult {
        public Baked {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(kind, "kind");
            replaced = List.copyOf(replaced);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Baked that
                    && Arrays.equals(image, that.image)
                    && kind == that.kind
                    && replaced.equals(that.replaced);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(image), kind, replaced);
        }

        @Override
        public String toString() {
            return "Baked[" + kind + ", " + image.length + " bytes, replaced=" + replaced + "]";
        }
    }

    /**
     * The image was not baked.
     *
     * @param message why, for a person: not a PNG or SVG, the image is unreadable, or the payload cannot be carried
     */
    record Refused(String message) implements BakeResult {
        public Refused {
            Objects.requireNonNull(message, "message");
        }
    }
}
