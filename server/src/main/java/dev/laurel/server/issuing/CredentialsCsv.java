package dev.laurel.server.issuing;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.LaurelSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * An organization's credentials matching a search as CSV, one row per credential, written as the rows are read (the
 * page's export and the API's {@code export.csv} are the same file). A text a spreadsheet would run as a formula is
 * written with a leading apostrophe.
 */
@Component
public class CredentialsCsv {

    /** The header row: what each column holds. */
    public static final String[] HEADER = {
        "id",
        "url",
        "recipient_name",
        "recipient_email",
        "achievement_id",
        "achievement_name",
        "issued_at",
        "valid_until",
        "status",
        "claim",
        "credits_earned",
        "status_reason"
    };

    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL);

    private final IssuedCredentials credentials;
    private final LaurelSettings settings;
    private final Clock clock;

    CredentialsCsv(IssuedCredentials credentials, LaurelSettings settings, Clock clock) {
        this.credentials = credentials;
        this.settings = settings;
        this.clock = clock;
    }

    /** Writes the header and every matching credential to {@code out} (UTF-8), flushing as it goes; leaves it open. */
    public void write(OrganizationId organizationId, IssuedCredentials.Search search, OutputStream out) {
        Instant now = clock.instant();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().autoFlush(false).build(writer);
        csv.writeRecord(HEADER);
        credentials.each(
                organizationId,
                search,
                now,
                c -> csv.writeRecord(
                        c.id().toString(),
                        settings.url("/c/" + c.id()),
                        c.recipientForgotten() ? IssuedCredential.DELETED_EARNER : cell(c.recipientName()),
                        cell(c.recipientEmail()),
                        c.badgeId().value().toString(),
                        cell(c.badgeName()),
                        c.issuedAt().toString(),
                        c.validUntil() == null ? "" : c.validUntil().toString(),
                        c.status(now).key(),
                        c.claim().key(),
                        c.creditsEarned() == null ? "" : c.creditsEarned().toPlainString(),
                        cell(c.stateReason())));
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return FORMULA.matcher(value).matches() ? "'" + value : value;
    }
}
