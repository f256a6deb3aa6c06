package dev.laurel.server.issuing;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The filters of an organization's credential list as a page or the API receives them, text as typed; every field may
 * be null or blank. The same parameters work for the list, its pages and its CSV export.
 *
 * @param q part of the recipient's name or address
 * @param recipient a recipient's whole address, case aside
 * @param achievement a badge's id
 * @param status a {@link CredentialStatus} key, or a {@link ClaimState} key ({@code pending}, {@code accepted},
 *     {@code declined})
 * @param claim a {@link ClaimState} key
 * @param issuedAfter an ISO date (00:00 UTC) or instant: issued at or after it
 * @param issuedBefore an ISO date (00:00 UTC) or instant: issued before it
 * @param expiringWithin an ISO-8601 duration or period ({@code P30D}, {@code P3M}): active credentials expiring in it
 * @param job a bulk job's id
 * @param sort a {@link CredentialOrder} key
 */
public record CredentialFilters(
        String q,
        String recipient,
        String achievement,
        String status,
        String claim,
        String issuedAfter,
        String issuedBefore,
        String expiringWithin,
        String job,
        String sort) {

    /** The longest text searched for. */
    public static final int MAX_TEXT = 200;

    /** A filter that does not parse: which parameter, and what it must be. */
    public static final class Invalid extends IllegalArgumentException {
        private final String field;

        Invalid(String field, String reason) {
            super(reason);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * The search these filters ask for at {@code now}.
     *
     * @throws Invalid naming the first parameter that does not parse
     */
    public IssuedCredentials.Search search(Instant now) {
        String text = blank(q) ? null : q.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw new Invalid("q", "must be at most " + MAX_TEXT + " characters");
        }
        CredentialStatus byStatus = null;
        ClaimState byClaim = claim("claim", claim);
        if (!blank(status)) {
            byStatus = CredentialStatus.parse(status).orElse(null);
            if (byStatus == null) {
                ClaimState claimed = claimState(status);
                if (claimed == null) {
                    throw new Invalid(
                            "status",
                            "must be active, expired, renewed, suspended, revoked, pending, accepted or declined");
                }
                if (byClaim != null && byClaim != claimed) {
                    throw new Invalid("claim", "contradicts status " + status.strip());
                }
                byClaim = claimed;
            }
        }
        return new IssuedCredentials.Search(
                blank(achievement) ? null : new BadgeId(uuid("achievement", achievement)),
                blank(recipient) ? null : recipient.strip(),
                byStatus,
                instant("issuedAfter", issuedAfter),
                instant("issuedBefore", issuedBefore),
                text,
                byClaim,
                blank(expiringWithin) ? null : expiringBefore(now),
                blank(job) ? null : uuid("job", job),
                blank(sort)
                        ? CredentialOrder.NEWEST
                        : CredentialOrder.parse(sort)
                                .orElseThrow(() -> new Invalid("sort", "must be newest, oldest, name or expiry")));
    }

    private Instant expiringBefore(Instant now) {
        String text = expiringWithin.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            Duration duration = Duration.parse(text);
            if (!duration.isNegative()) {
                return now.plus(duration);
            }
        } catch (DateTimeException e) {
            try {
                Period period = Period.parse(text);
                if (!period.isNegative()) {
                    return now.atOffset(ZoneOffset.UTC).plus(period).toInstant();
                }
            } catch (DateTimeException notAPeriod) {
                // refused below
            }
        }
        throw new Invalid("expiringWithin", "must be an ISO-8601 duration such as P30D");
    }

    private static ClaimState claim(String field, String value) {
        if (blank(value)) {
            return null;
        }
        ClaimState state = claimState(value);
        if (state == null) {
            throw new Invalid(field, "must be pending, accepted or declined");
        }
        return state;
    }

    private static ClaimState claimState(String value) {
        for (ClaimState state : ClaimState.values()) {
            if (state.key().equalsIgnoreCase(value.strip())) {
                return state;
            }
        }
        return null;
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new Invalid(field, "must be an id");
        }
    }

    private static Instant instant(String field, String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeException e) {
            throw new Invalid(field, "must be an ISO date (2026-06-30) or instant (2026-06-30T12:00:00Z)");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
