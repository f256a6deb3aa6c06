package dev.laurel.credentials.verify;

import dev.laurel.credentials.json.MalformedJsonException;
import dev.laurel.credentials.json.Utf8;
import java.util.Base64;
import java.util.Locale;

/**
 * The {@code data:} URL (RFC 2397) in the {@code id} of an enveloped credential or presentation, read.
 *
 * @param mediaType the media type, lower case and without parameters; {@code text/plain} when none is given
 * @param content the data, decoded from base64 when the URL says {@code ;base64} (strict UTF-8)
 */
record DataUrl(String mediaType, String content) {

    /**
     * Reads {@code url}, the id of an object of type {@code type}.
     *
     * @param example the media type to show in the message when it is not a data: URL
     * @throws IllegalArgumentException with a readable message when it is not a data: URL or its data cannot be read
     */
    static DataUrl parse(String url, String type, String example) {
        int comma = url.indexOf(',');
        if (!url.regionMatches(true, 0, "data:", 0, 5) || comma < 0) {
            throw new IllegalArgumentException(
                    "the id of an " + type + " must be a data: URL (RFC 2397), e.g. data:" + example + ",eyJ…");
        }
        String header = url.substring(5, comma);
        String content = url.substring(comma + 1);
        if (header.toLowerCase(Locale.ROOT).endsWith(";base64")) {
            try {
                content = Utf8.decode(Base64.getDecoder().decode(content));
            } catch (MalformedJsonException e) {
                throw new IllegalArgumentException("the data: URL of the " + type + " holds bytes that are not UTF-8");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the data: URL of the " + type + " is not valid base64");
            }
        }
        int parameters = header.indexOf(';');
        String mediaType = (parameters < 0 ? header : header.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
        return new DataUrl(mediaType.isEmpty() ? "text/plain" : mediaType, content);
    }
}
