package dev.laurel.server.applications;

import dev.laurel.server.platform.EvidenceType;
import dev.laurel.server.platform.WebIri;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an earner sends with an application: a statement, what they write per rubric criterion, links, and files of at
 * most {@value #MAX_FILE_BYTES} bytes each that are PDF, PNG or JPEG by their bytes. Checked as it is made.
 */
record EvidenceForm(
        String statement, Map<String, String> answers, List<String> urls, List<Applications.NewFile> files) {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    static final int MAX_FILES = 5;
    static final int MAX_URLS = 10;
    static final int MAX_TEXT = 10_000;

    EvidenceForm {
        statement = statement == null ? "" : statement.strip();
        answers = Map.copyOf(answers);
        urls = List.copyOf(urls);
        files = List.copyOf(files);
    }

    /**
     * The evidence, checked against the rubric: answers only for its criteria, links that are web addresses.
     *
     * @throws dev.laurel.server.platform.Problem {@code applications.evidence-invalid} naming {@code evidence}: {@code
     *     link}, {@code text}, {@code missing}, {@code files}
     */
    static EvidenceForm of(
            String statement,
            Map<String, String> answers,
            String urlLines,
            List<Applications.NewFile> files,
            Rubric rubric) {
        Map<String, String> kept = new LinkedHashMap<>();
        answers.forEach((criterion, text) -> {
            if (rubric.criterion(criterion) != null && text != null && !text.isBlank()) {
                kept.put(criterion, text.strip());
            }
        });
        List<String> urls = new ArrayList<>();
        if (urlLines != null) {
            for (String line : urlLines.split("[\\s]+")) {
                if (!line.isBlank()) {
                    String url = line.strip();
                    if (url.length() > 2000 || !WebIri.isValid(url)) {
                        throw refused("link", "Each evidence link must be a web address (https://…).");
                    }
                    urls.add(url);
                }
            }
        }
        if (urls.size() > MAX_URLS) {
            throw refused("link", "At most " + MAX_URLS + " links.");
        }
        if (files.size() > MAX_FILES) {
            throw refused("files", "At most " + MAX_FILES + " files.");
        }
        String text = statement == null ? "" : statement.strip();
        if (text.length() > MAX_TEXT || kept.values().stream().anyMatch(t -> t.length() > MAX_TEXT)) {
            throw refused("text", "Each text is at most 10,000 characters.");
        }
        if (text.isEmpty() && kept.isEmpty() && urls.isEmpty() && files.isEmpty()) {
            throw refused("missing", "Show your evidence: write about it, link to it or attach a file.");
        }
        return new EvidenceForm(text, kept, urls, files);
    }

    /** A file read from {@code in}, stopping as soon as it is over the limit, its type checked by its bytes. */
    static Applications.NewFile file(String name, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw refused("too-large", "Each evidence file is at most 20 MB.");
        }
        String type = EvidenceType.of(bytes);
        if (type == null) {
            throw refused("type", "Evidence files must be PDF, PNG or JPEG.");
        }
        String kept = name == null || name.isBlank() ? "evidence" : name.strip();
        return new Applications.NewFile(kept.length() > 200 ? kept.substring(0, 200) : kept, type, bytes);
    }

    private static dev.laurel.server.platform.Problem refused(String what, String detail) {
        return ApplicationError.EVIDENCE_INVALID.problem(detail).with("evidence", what);
    }
}
