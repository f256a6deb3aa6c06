package dev.laurel.server.lifecycle;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renewing many credentials at once from a CSV whose first column holds credential ids or recipient addresses (an
 * address stands for each of that earner's renewable credentials here, only one badge's when one is chosen): a dry
 * run plans every row, then the renewal renews them all in one transaction — or none, when a row has a problem.
 * Synchronous, at most {@value #MAX_ROWS} rows. Thread-safe.
 */
@Service
class BulkRenewal {

    static final int MAX_ROWS = 1000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> HEADERS = Set.of("credential", "credential_id", "credentialid", "id", "email");

    /**
     * One row of the file and what it comes to.
     *
     * @param line its line in the file
     * @param input its first column
     * @param credentials the credentials it renews; empty when it has a problem
     * @param problem why it cannot be renewed (a {@code renewals.bulk.problem.*} key), or null
     */
    record Row(int line, String input, List<IssuedCredential> credentials, String problem) {}

    /** The plan: every row, and how many credentials it renews; {@code fileProblem} when the file itself is refused. */
    record Plan(List<Row> rows, String fileProblem) {
        public boolean ok() {
            return fileProblem == null && rows.stream().allMatch(r -> r.problem() == null) && count() > 0;
        }

        public int count() {
            return rows.stream().mapToInt(r -> r.credentials().size()).sum();
        }

        public long problems() {
            return rows.stream().filter(r -> r.problem() != null).count();
        }
    }

    private final IssuedCredentials credentials;
    private final Renewals renewals;
    private final TenantAccess access;
    private final Clock clock;

    BulkRenewal(IssuedCredentials credentials, Renewals renewals, TenantAccess access, Clock clock) {
        this.credentials = credentials;
        this.renewals = renewals;
        this.access = access;
        this.clock = clock;
    }

    /** The dry run: what renewing {@code csv} would do, changing nothing. */
    Plan check(OrganizationId organization, String csv, BadgeId badge, Actor actor) {
        access.require(organization, actor, Role.ISSUER);
        List<String[]> lines;
        try {
            lines = lines(csv);
        } catch (UncheckedIOException | CsvParseException e) {
            return new Plan(List.of(), "unreadable");
        }
        if (lines.isEmpty()) {
            return new Plan(List.of(), "empty");
        }
        if (lines.size() > MAX_ROWS) {
            return new Plan(List.of(), "too-many");
        }
        Instant now = clock.instant();
        Set<CredentialId> seen = new HashSet<>();
        List<Row> rows = new ArrayList<>(lines.size());
        for (String[] line : lines) {
            rows.add(row(organization, Integer.parseInt(line[0]), line[1], badge, seen, now));
        }
        return new Plan(rows, null);
    }

    /**
     * Renews every credential of the plan for {@code csv}, in one transaction; nothing when the plan has a problem.
     *
     * @return the plan and the renewals, in its order
     */
    @Transactional
    Renewed renew(OrganizationId organization, String csv, BadgeId badge, Actor actor) {
        Plan plan = check(organization, csv, badge, actor);
        if (!plan.ok()) {
            return new Renewed(plan, List.of());
        }
        List<IssuedCredential> renewed = new ArrayList<>(plan.count());
        for (Row row : plan.rows()) {
            for (IssuedCredential credential : row.credentials()) {
                renewed.add(renewals.renew(organization, credential.id(), actor));
            }
        }
        return new Renewed(plan, renewed);
    }

    /** What a renewal did: nothing, when its plan has problems. */
    record Renewed(Plan plan, List<IssuedCredential> renewals) {}

    private Row row(
            OrganizationId organization, int line, String input, BadgeId badge, Set<CredentialId> seen, Instant now) {
        String value = input.strip();
        List<IssuedCredential> found;
        if (EMAIL.matcher(value).matches()) {
            found = credentials
                    .search(
                            organization,
                            new IssuedCredentials.Search(badge, value, null, null, null),
                            null,
                            EarnedCredits.MAX_CREDENTIALS,
                            now)
                    .stream()
                    .filter(BulkRenewal::renewable)
                    .toList();
            if (found.isEmpty()) {
                return new Row(line, value, List.of(), "nothing");
            }
        } else {
            UUID id;
            try {
                id = UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                return new Row(line, value, List.of(), "invalid");
            }
            IssuedCredential credential = credentials
                    .find(new CredentialId(id))
                    .filter(c -> c.organizationId().equals(organization))
                    .filter(c -> badge == null || c.badgeId().equals(badge))
                    .orElse(null);
            if (credential == null) {
                return new Row(line, value, List.of(), "not-found");
            }
            if (credential.renewedBy() != null) {
                return new Row(line, value, List.of(), "renewed");
            }
            if (!renewable(credential)) {
                return new Row(line, value, List.of(), "not-renewable");
            }
            found = List.of(credential);
        }
        for (IssuedCredential credential : found) {
            if (!seen.add(credential.id())) {
                return new Row(line, value, List.of(), "duplicate");
            }
        }
        return new Row(line, value, found, null);
    }

    private static boolean renewable(IssuedCredential credential) {
        return credential.state() == CredentialState.ACTIVE
                && credential.renewedBy() == null
                && !credential.recipientForgotten();
    }

    /** Each record's line number and first field; a header row naming the column is left out. */
    private static List<String[]> lines(String csv) {
        List<String[]> lines = new ArrayList<>();
        try (var reader = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(csv)) {
            for (CsvRecord record : reader) {
                String first = record.getField(0).strip();
                if (lines.isEmpty()
                        && record.getStartingLineNumber() == 1
                        && HEADERS.contains(first.toLowerCase(Locale.ROOT).replace(' ', '_'))) {
                    continue;
                }
                if (first.isEmpty()) {
                    continue;
                }
                lines.add(new String[] {String.valueOf(record.getStartingLineNumber()), first});
                if (lines.size() > MAX_ROWS) {
                    break;
                }
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
