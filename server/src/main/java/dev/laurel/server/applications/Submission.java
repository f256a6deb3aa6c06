package dev.laurel.server.applications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One submission of evidence: the first, or a resubmission after a change request.
 *
 * @param statement what the earner wrote for the whole badge
 * @param answers what they wrote per rubric criterion, by criterion id
 * @param urls links to evidence
 * @param files the files sent with it
 */
public record Submission(
        int version, String statement, Map<String, String> answers, List<String> urls, List<File> files, Instant at) {

    public Submission {
        answers = Map.copyOf(answers);
        urls = List.copyOf(urls);
        files = List.copyOf(files);
    }

    /** An evidence file, without its bytes. */
    public record File(UUID id, String name, String mediaType) {}
}
