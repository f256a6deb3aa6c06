package dev.laurel.server.verification;

import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.web.multipart.MultipartFile;

/**
 * What was given to {@code POST /verify}, turned into the bytes to verify: an uploaded file, or pasted text — the
 * credential itself, or an http(s) URL fetched through the SSRF-guarded fetcher. Exactly one of the two must be given.
 */
final class Submission {

    /** What {@code laurel verify URL} asks for, too. */
    static final String ACCEPT = "application/vc+ld+json, application/vc+jwt, application/ld+json, application/json, "
            + "image/png, image/svg+xml";

    private static final Pattern URL = Pattern.compile("(?i)^https?://\\S+$");

    private Submission() {}

    /** The outcome of reading a submission. */
    sealed interface Read permits Given, Refused {}

    /**
     * Bytes to verify.
     *
     * @param source where they came from, for the page: the file's name, the URL, or null for pasted text
     */
    record Given(byte[] bytes, String source) implements Read {}

    /**
     * Nothing to verify, and why.
     *
     * @param detail a reason to show after the problem's own text (the fetcher's message), or null
     */
    record Refused(VerificationProblem problem, String detail) implements Read {}

    static Read read(MultipartFile file, String text, HttpFetcher fetcher) {
        boolean hasFile = file != null && !(file.isEmpty() && isBlank(file.getOriginalFilename()));
        boolean hasText = !isBlank(text);
        if (hasFile && hasText) {
            return new Refused(VerificationProblem.BOTH_INPUTS, null);
        }
        if (hasFile) {
            return upload(file);
        }
        if (hasText) {
            String given = text.strip();
            return URL.matcher(given).matches()
                    ? fetch(given, fetcher)
                    : new Given(given.getBytes(StandardCharsets.UTF_8), null);
        }
        return new Refused(VerificationProblem.NO_INPUT, null);
    }

    private static Read upload(MultipartFile file) {
        if (file.isEmpty()) {
            return new Refused(VerificationProblem.EMPTY_FILE, null);
        }
        try {
            return new Given(file.getBytes(), file.getOriginalFilename());
        } catch (IOException e) {
            return new Refused(VerificationProblem.UNREADABLE_FILE, null);
        }
    }

    private static Read fetch(String url, HttpFetcher fetcher) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new Refused(VerificationProblem.URL_NOT_FETCHED, e.getMessage());
        }
        return switch (fetcher.fetch(uri, ACCEPT)) {
            case FetchResult.Fetched fetched -> new Given(fetched.body(), url);
            case FetchResult.Failed failed -> new Refused(VerificationProblem.URL_NOT_FETCHED, failed.message());
        };
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
