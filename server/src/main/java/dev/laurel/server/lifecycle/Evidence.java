package dev.laurel.server.lifecycle;

import dev.laurel.server.platform.EvidenceType;
import dev.laurel.server.platform.WebIri;
import java.io.IOException;
import java.io.InputStream;

/**
 * What an earner shows to have a credential renewed by hand: a link, or a file of at most {@value #MAX_BYTES} bytes that
 * is a PDF, PNG or JPEG by its first bytes (its name and declared type are not trusted).
 *
 * @param url the evidence's web address, or null
 * @param fileName the file's name as sent, or null
 * @param type the file's media type as its bytes say, or null
 * @param bytes the file, or null
 */
record Evidence(String url, String fileName, String type, byte[] bytes) {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A link; refused unless it is an http(s) address. */
    static Evidence link(String url) {
        String link = url.strip();
        if (link.length() > 2000 || !WebIri.isValid(link)) {
            throw LifecycleError.EVIDENCE_INVALID
                    .problem("The evidence link must be a web address (https://…).")
                    .with("evidence", "link");
        }
        return new Evidence(link, null, null, null);
    }

    /** The same evidence with a link too ({@link #link} checks it); this one when {@code url} is blank. */
    Evidence withLink(String url) {
        return url == null || url.isBlank() ? this : new Evidence(link(url).url(), fileName, type, bytes);
    }

    /** A file read from {@code in}, stopping as soon as it is over the limit. */
    static Evidence file(String fileName, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw LifecycleError.EVIDENCE_INVALID
                    .problem("The evidence file is over 10 MB.")
                    .with("evidence", "too-large");
        }
        String type = typeOf(bytes);
        if (type == null) {
            throw LifecycleError.EVIDENCE_INVALID
                    .problem("The evidence file must be a PDF, PNG or JPEG.")
                    .with("evidence", "type");
        }
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        return new Evidence(null, name.length() > 200 ? name.substring(0, 200) : name, type, bytes);
    }

    /** The media type the first bytes say, or null when they are not a PDF, PNG or JPEG. */
    static String typeOf(byte[] bytes) {
        return EvidenceType.of(bytes);
    }
}
