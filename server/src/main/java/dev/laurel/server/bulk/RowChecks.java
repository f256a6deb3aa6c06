package dev.laurel.server.bulk;

import dev.laurel.server.platform.WebIri;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of one row, each with a stable code: the address ({@code email.missing}, {@code email.invalid}), the
 * name ({@code name.missing}), lengths ({@code value.too-long}), the dates ({@code date.invalid}, {@code date.future},
 * {@code date.order}), evidence URLs ({@code url.invalid}), values beyond the header ({@code row.extra-values}) and
 * the narrative template's columns ({@code narrative.value-missing}). Stateless and thread-safe.
 */
final class RowChecks {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
    private static final Pattern EMAIL =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private final Columns columns;
    private final String template;
    private final LocalDate today;

    /**
     * @param template the narrative for rows without one, {@code {{column}}} replaced by the row's value; or null
     * @param today the date after which an issue date is in the future
     */
    RowChecks(Columns columns, String template, LocalDate today) {
        this.columns = columns;
        this.template = template == null || template.isBlank() ? null : template.strip();
        this.today = today;
    }

    CheckedRow check(RowInput input) {
        List<RowProblem> problems = new ArrayList<>();
        int row = input.row();
        String email = strip(input.email());
        if (email == null) {
            problems.add(new RowProblem(row, columns.email(), "email.missing", "An email address is required."));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.add(new RowProblem(
                    row, columns.email(), "email.invalid", "'" + shorten(email) + "' is not an email address."));
        }
        String name = strip(input.name());
        if (name == null) {
            problems.add(new RowProblem(row, columns.name(), "name.missing", "The recipient's name is required."));
        }
        tooLong(problems, row, columns.name(), name, 200);
        String externalId = strip(input.externalId());
        tooLong(problems, row, columns.externalId(), externalId, 200);
        LocalDate issuedOn = date(problems, row, columns.issuedOn(), input.issuedOn());
        if (issuedOn != null && issuedOn.isAfter(today)) {
            problems.add(new RowProblem(
                    row,
                    columns.issuedOn(),
                    "date.future",
                    issuedOn + " is in the future: a credential is issued for what was already earned."));
        }
        LocalDate expiresOn = date(problems, row, columns.expiresOn(), input.expiresOn());
        LocalDate from = issuedOn == null ? today : issuedOn;
        if (expiresOn != null && !expiresOn.isAfter(from)) {
            problems.add(new RowProblem(
                    row, columns.expiresOn(), "date.order", expiresOn + " is not after the issue date " + from + "."));
        }
        List<String> evidence = new ArrayList<>();
        for (String given : input.evidence()) {
            String url = strip(given);
            if (url == null) {
                continue;
            }
            if (!WebIri.isValid(url) || url.length() > 1000) {
                problems.add(new RowProblem(
                        row, columns.evidence(), "url.invalid", "'" + shorten(url) + "' is not an http(s) URL."));
            }
            evidence.add(url);
        }
        java.math.BigDecimal credits = credits(problems, row, columns.creditsEarned(), input.creditsEarned());
        String narrative = strip(input.narrative());
        if (narrative == null && template != null) {
            narrative = fill(problems, input);
        }
        tooLong(problems, row, columns.narrative(), narrative, 4000);
        if (input.extraValues() > 0) {
            problems.add(new RowProblem(
                    row,
                    columns.row(),
                    "row.extra-values",
                    "The row has " + input.extraValues() + " more value(s) than the header has columns: "
                            + "is a value with a separator left unquoted?"));
        }
        String key = externalId != null
                ? "id:" + externalId
                : email == null ? null : "email:" + email.toLowerCase(Locale.ROOT);
        return new CheckedRow(
                row,
                key,
                email,
                name,
                issuedOn,
                expiresOn,
                narrative,
                evidence,
                externalId,
                credits,
                input.metadata(),
                problems,
                input.original());
    }

    /** The credits earned as given, or null for the badge's: a number from 0 to 9999.99, two decimals at most. */
    private static java.math.BigDecimal credits(List<RowProblem> problems, int row, String column, String given) {
        String value = strip(given);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,4}(\\.\\d{1,2})?")) {
            problems.add(new RowProblem(
                    row,
                    column,
                    "credits.invalid",
                    "'" + shorten(value) + "' is not a number of credits from 0 to 9999.99 (such as 1.5)."));
            return null;
        }
        return new java.math.BigDecimal(value);
    }

    private String fill(List<RowProblem> problems, RowInput input) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder narrative = new StringBuilder();
        while (matcher.find()) {
            String column = CsvSource.normalize(matcher.group(1));
            String value = value(input, column);
            if (value == null || value.isBlank()) {
                problems.add(new RowProblem(
                        input.row(),
                        column,
                        "narrative.value-missing",
                        "The narrative template needs a value in '" + column + "'."));
                value = "";
            }
            matcher.appendReplacement(narrative, Matcher.quoteReplacement(value.strip()));
        }
        matcher.appendTail(narrative);
        return narrative.toString();
    }

    private static String value(RowInput input, String column) {
        return switch (column) {
            case CsvSource.EMAIL -> input.email();
            case CsvSource.NAME -> input.name();
            case CsvSource.ISSUED_ON -> input.issuedOn();
            case CsvSource.EXPIRES_ON -> input.expiresOn();
            case CsvSource.EXTERNAL_ID -> input.externalId();
            case CsvSource.CREDITS_EARNED -> input.creditsEarned();
            default -> {
                for (Map.Entry<String, String> entry : input.metadata().entrySet()) {
                    if (CsvSource.normalize(entry.getKey()).equals(column)) {
                        yield entry.getValue();
                    }
                }
                yield null;
            }
        };
    }

    private static LocalDate date(List<RowProblem> problems, int row, String column, String given) {
        String value = strip(given);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(
                    row,
                    column,
                    "date.invalid",
                    "'" + shorten(value) + "' is not a date: write it as YYYY-MM-DD, e.g. 2026-06-30."));
            return null;
        }
    }

    private static void tooLong(List<RowProblem> problems, int row, String column, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new RowProblem(
                    row,
                    column,
                    "value.too-long",
                    "The value has " + value.length() + " characters; at most " + max + "."));
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "…" : value;
    }
}
