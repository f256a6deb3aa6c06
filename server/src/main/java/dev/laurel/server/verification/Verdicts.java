package dev.laurel.server.verification;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one sentence that leads a verification report, for a person who will not read its checks: "Valid — Teamwork,
 * issued by Example Corp to Ada Lovelace on 1 January 2026." or "Not valid — revoked by its issuer." The reason is
 * the primary {@link Reason} of the most decisive failed check, worded in the message bundle ({@code
 * verification.verdict.why.<reason code>}, else {@code verification.verdict.why.<check id>}). Used by {@code
 * /verify} and by the public credential page's live panel. Thread-safe.
 */
@Component
public class Verdicts {

    /** The failures a person hears of first: the input, then whether it is what was signed, then whether it stands. */
    private static final List<CheckId> DECISIVE = List.of(
            CheckId.FORMAT,
            CheckId.PROOF,
            CheckId.ISSUER,
            CheckId.STATUS,
            CheckId.VALID_UNTIL,
            CheckId.VALID_FROM,
            CheckId.JWT_CLAIMS);

    private final MessageSource messages;

    Verdicts(MessageSource messages) {
        this.messages = messages;
    }

    /** The verdict on the credential {@code report} examined, in {@code locale}. */
    public String sentence(VerificationReport report, Locale locale) {
        if (report.verified()) {
            CredentialSummary summary = CredentialSummary.of(report);
            return message("verification.verdict.valid", locale, description(summary, locale));
        }
        return message("verification.verdict.notValid", locale, why(report, locale));
    }

    /** "Teamwork, issued by Example Corp to Ada Lovelace on 1 January 2026", each part left out when not said. */
    private String description(CredentialSummary summary, Locale locale) {
        if (summary == null) {
            return message("verification.verdict.aCredential", locale);
        }
        StringBuilder text = new StringBuilder(
                summary.name() != null ? summary.name() : message("verification.verdict.aCredential", locale));
        String issuer = summary.issuerName() != null ? summary.issuerName() : summary.issuerId();
        if (issuer != null) {
            text.append(message("verification.verdict.issuer", locale, issuer));
        }
        if (summary.recipient() != null) {
            text.append(message("verification.verdict.recipient", locale, summary.recipient()));
        }
        if (summary.issued() != null) {
            text.append(message("verification.verdict.date", locale, day(summary.issued(), locale)));
        }
        return text.toString();
    }

    private String why(VerificationReport report, Locale locale) {
        CheckResult failure = report.failures().stream()
                .min(Comparator.comparingInt(Verdicts::rank))
                .orElseThrow();
        String byCheck = messages.getMessage(
                "verification.verdict.why." + failure.id().id(),
                new Object[] {failure.id().id()},
                message("verification.verdict.why.other", locale, failure.id().id()),
                locale);
        return failure.reason()
                .map(reason -> messages.getMessage(
                        "verification.verdict.why." + reason.code(), new Object[] {reason.code()}, byCheck, locale))
                .orElse(byCheck);
    }

    private static int rank(CheckResult check) {
        int rank = DECISIVE.indexOf(check.id());
        return rank >= 0 ? rank : DECISIVE.size() + check.id().ordinal();
    }

    /** "1 January 2026" for a date-time or a date; the text as given when it is neither. */
    static String day(String value, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        try {
            return OffsetDateTime.parse(value)
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .format(format);
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value).format(format);
            } catch (DateTimeParseException notDate) {
                return value;
            }
        }
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
