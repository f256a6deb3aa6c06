package dev.laurel.server.bulk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One row as given, before any check: every value a string exactly as written (null when the column is absent).
 *
 * @param row the row's number as the issuer sees it: the spreadsheet row (the header is row 1), or the index in a JSON
 *     array
 * @param evidence every evidence URL given, blanks included
 * @param metadata every other column, by its (normalized) name
 * @param extraValues how many values the row has beyond the header's columns
 * @param original the row's values in the file's order, as written (empty for JSON), for the problem report
 */
record RowInput(
        int row,
        String email,
        String name,
        String issuedOn,
        String narrative,
        List<String> evidence,
        String expiresOn,
        String externalId,
        String creditsEarned,
        Map<String, String> metadata,
        int extraValues,
        List<String> original) {

    RowInput {
        original = Collections.unmodifiableList(new ArrayList<>(original));
    }

    /** Whether every value is blank: a row a spreadsheet exported empty, skipped. */
    boolean blank() {
        return isBlank(email)
                && isBlank(name)
                && isBlank(issuedOn)
                && isBlank(narrative)
                && isBlank(expiresOn)
                && isBlank(externalId)
                && isBlank(creditsEarned)
                && evidence.stream().allMatch(RowInput::isBlank)
                && metadata.values().stream().allMatch(RowInput::isBlank);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
