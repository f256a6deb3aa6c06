package dev.laurel.server.pathways;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A cohort to enroll, read from a CSV upload: a header row with an {@code email} column (any others are ignored), one
 * row an earner; {@code ,} or {@code ;} between values. Every bad row is named, so none is enrolled until all are right.
 *
 * @param emails the addresses, in the file's order
 * @param errors one line per bad row (its line number and why), empty when the file can be enrolled
 */
record Cohort(List<String> emails, List<RowError> errors) {

    /** At most this many rows in one upload. */
    static final int MAX_ROWS = 10_000;

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    /** A row that cannot be enrolled: its line in the file and why; line 0 is the file as a whole. */
    record RowError(long line, String code, String value) {}

    Cohort {
        emails = List.copyOf(emails);
        errors = List.copyOf(errors);
    }

    static Cohort read(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == ';').count()
                        > firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        List<String> emails = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        int column = -1;
        try (var reader = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                if (column < 0) {
                    column = header(record);
                    if (column < 0) {
                        return new Cohort(List.of(), List.of(new RowError(1, "no-column", "")));
                    }
                    continue;
                }
                if (emails.size() + errors.size() >= MAX_ROWS) {
                    errors.add(new RowError(record.getStartingLineNumber(), "too-many", String.valueOf(MAX_ROWS)));
                    break;
                }
                String email = column < record.getFieldCount()
                        ? record.getField(column).strip()
                        : "";
                if (!ADDRESS.matcher(email).matches()) {
                    errors.add(
                            new RowError(record.getStartingLineNumber(), email.isEmpty() ? "blank" : "invalid", email));
                } else {
                    emails.add(email.toLowerCase(Locale.ROOT));
                }
            }
        } catch (CsvParseException e) {
            errors.add(new RowError(0, "unreadable", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (column < 0) {
            return new Cohort(List.of(), List.of(new RowError(1, "no-column", "")));
        }
        if (emails.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(0, "empty", ""));
        }
        return new Cohort(emails.stream().distinct().toList(), errors);
    }

    private static int header(CsvRecord record) {
        for (int i = 0; i < record.getFieldCount(); i++) {
            if (record.getField(i).strip().toLowerCase(Locale.ROOT).equals("email")) {
                return i;
            }
        }
        return -1;
    }
}
