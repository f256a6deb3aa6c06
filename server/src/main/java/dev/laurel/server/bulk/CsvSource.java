package dev.laurel.server.bulk;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A CSV upload as Excel and Google Sheets export it: UTF-8 with or without a byte order mark, {@code ,} or {@code ;}
 * (or tab) between values — whichever the header line uses most — quoted values with newlines, CRLF or LF. The first
 * row names the columns (case and spaces do not matter: {@code Evidence URL} is {@code evidence_url}); several
 * {@code evidence_url…} columns give several URLs; columns Laurel does not know are kept as metadata.
 */
final class CsvSource implements RowSource {

    static final String EMAIL = "email";
    static final String NAME = "name";
    static final String ISSUED_ON = "issued_on";
    static final String NARRATIVE = "narrative";
    static final String EVIDENCE = "evidence_url";
    static final String EXPIRES_ON = "expires_on";
    static final String EXTERNAL_ID = "external_id";
    static final String CREDITS_EARNED = "credits_earned";

    private static final Set<String> KNOWN =
            Set.of(EMAIL, NAME, ISSUED_ON, NARRATIVE, EXPIRES_ON, EXTERNAL_ID, CREDITS_EARNED);
    private static final int HEADER_LIMIT = 64 * 1024;

    private final BufferedReader reader;
    private final char separator;
    private final List<String> header;
    private final List<String> written;
    private final Iterator<CsvRecord> records;

    private CsvSource(
            BufferedReader reader,
            char separator,
            List<String> header,
            List<String> written,
            Iterator<CsvRecord> records) {
        this.reader = reader;
        this.separator = separator;
        this.header = header;
        this.written = written;
        this.records = records;
    }

    /**
     * Opens {@code in} and reads its header.
     *
     * @throws FileProblem when the file is empty, not UTF-8, or lacks the email or name column
     */
    static CsvSource open(InputStream in) {
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                HEADER_LIMIT);
        char separator;
        try {
            reader.mark(HEADER_LIMIT);
            int first = reader.read();
            if (first != '\uFEFF') {
                reader.reset();
                reader.mark(HEADER_LIMIT);
            } else {
                reader.mark(HEADER_LIMIT);
            }
            separator = separator(firstLine(reader));
            reader.reset();
        } catch (IOException e) {
            throw unreadable(1, e);
        }
        Iterator<CsvRecord> records = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(reader)
                .iterator();
        List<String> header = new ArrayList<>();
        List<String> written = new ArrayList<>();
        try {
            if (!records.hasNext()) {
                throw new FileProblem(
                        1, "file.empty", "The file is empty: it needs a header row and one row a person.");
            }
            for (String field : records.next().getFields()) {
                header.add(normalize(field));
                written.add(field.strip());
            }
        } catch (UncheckedIOException | CsvParseException e) {
            throw unreadable(1, e);
        }
        for (String required : List.of(EMAIL, NAME)) {
            if (!header.contains(required)) {
                throw new FileProblem(
                        1,
                        "file.missing-column",
                        "The header row has no '" + required + "' column (it has: " + String.join(", ", header) + ").");
            }
        }
        return new CsvSource(reader, separator, header, written, records);
    }

    /** {@code Evidence URL 2} → {@code evidence_url_2}. */
    static String normalize(String column) {
        String normalized = column.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        return normalized.equals("creditsearned") ? CREDITS_EARNED : normalized;
    }

    char separator() {
        return separator;
    }

    @Override
    public List<String> header() {
        return List.copyOf(written);
    }

    @Override
    public Set<String> columns() {
        return new LinkedHashSet<>(header);
    }

    @Override
    public void forEach(Consumer<RowInput> each) {
        int row = 1;
        try {
            while (records.hasNext()) {
                CsvRecord record = records.next();
                row++;
                each.accept(row(row, record.getFields()));
            }
        } catch (UncheckedIOException | CsvParseException e) {
            throw unreadable(row + 1, e);
        } finally {
            try {
                reader.close();
            } catch (IOException ignored) {
                // the upload is read; nothing more to release
            }
        }
    }

    private RowInput row(int row, List<String> fields) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> evidence = new ArrayList<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String value = i < fields.size() ? fields.get(i) : null;
            if (column.startsWith(EVIDENCE) || column.equals("evidence")) {
                evidence.add(value);
            } else if (KNOWN.contains(column)) {
                values.putIfAbsent(column, value);
            } else if (!column.isEmpty()) {
                metadata.putIfAbsent(column, value == null ? "" : value);
            }
        }
        return new RowInput(
                row,
                values.get(EMAIL),
                values.get(NAME),
                values.get(ISSUED_ON),
                values.get(NARRATIVE),
                evidence,
                values.get(EXPIRES_ON),
                values.get(EXTERNAL_ID),
                values.get(CREDITS_EARNED),
                metadata,
                Math.max(0, fields.size() - header.size()),
                fields);
    }

    /** The header line: up to the first line break outside quotes. */
    private static String firstLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = reader.read()) != -1 && line.length() < HEADER_LIMIT - 2) {
            if (c == '"') {
                quoted = !quoted;
            } else if ((c == '\n' || c == '\r') && !quoted) {
                break;
            }
            line.append((char) c);
        }
        return line.toString();
    }

    /** The separator the header uses most outside quotes: {@code ;} (Excel in many locales), tab, else {@code ,}. */
    private static char separator(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static FileProblem unreadable(int row, Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof CharacterCodingException || cause instanceof CharConversionException) {
            return new FileProblem(
                    row,
                    "file.encoding",
                    "The file is not UTF-8 (from row " + row + "): save it as 'CSV UTF-8' in Excel, or download it as "
                            + "CSV from Google Sheets.");
        }
        if (cause instanceof CsvParseException) {
            return new FileProblem(
                    row,
                    "file.malformed",
                    "The file cannot be read as CSV from row " + row + ": " + cause.getMessage()
                            + " (is a quote left open?).");
        }
        return new FileProblem(row, "file.unreadable", "The file could not be read from row " + row + ".");
    }
}
