package dev.laurel.server.bulk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A row after its own checks: the values as they will be issued, its key, and what is wrong with it (empty when
 * valid so far; the checks across rows — duplicates, earlier issuance — run in the database afterwards).
 *
 * @param original the row's values as the file gave them, for the problem report
 * @param key {@code id:EXTERNAL_ID}, else {@code email:LOWER-CASED EMAIL}; null when neither is usable
 */
record CheckedRow(
        int row,
        String key,
        String email,
        String name,
        LocalDate issuedOn,
        LocalDate expiresOn,
        String narrative,
        List<String> evidence,
        String externalId,
        java.math.BigDecimal creditsEarned,
        Map<String, String> metadata,
        List<RowProblem> problems,
        List<String> original) {

    CheckedRow {
        evidence = List.copyOf(evidence);
        problems = List.copyOf(problems);
    }
}
