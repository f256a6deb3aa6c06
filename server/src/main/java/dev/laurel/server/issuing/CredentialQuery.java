package dev.laurel.server.issuing;

import dev.laurel.server.organizations.OrganizationId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link IssuedCredentials.Search} as SQL over {@code credentials c}: its conditions with their named parameters, its
 * keyset after a position, and its order. Only conditions that apply are written, so each query the planner sees
 * matches one of the list's indexes.
 */
record CredentialQuery(String where, String orderBy, Map<String, Object> params) {

    static CredentialQuery of(
            OrganizationId organizationId,
            IssuedCredentials.Search search,
            IssuedCredentials.Position after,
            Instant now) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        conditions.add("c.organization_id = :org");
        params.put("org", organizationId.value());
        if (search.badgeId() != null) {
            conditions.add("c.badge_id = :badge");
            params.put("badge", search.badgeId().value());
        }
        if (search.recipientEmail() != null) {
            conditions.add("lower(c.recipient_email) = lower(:email)");
            params.put("email", search.recipientEmail());
        }
        if (search.text() != null && !search.text().isBlank()) {
            conditions.add("c.recipient_search like '%' || laurel_fold(:text) || '%'");
            params.put("text", likeEscaped(search.text().strip()));
        }
        if (search.status() != null) {
            conditions.add(statusCondition(search.status()));
            params.put("now", Timestamp.from(now));
        }
        if (search.claim() != null) {
            conditions.add("c.claim = :claim");
            params.put("claim", search.claim().key());
        }
        if (search.expiringBefore() != null) {
            conditions.add("c.state = 'active' and c.valid_until > :now and c.valid_until <= :expiringBefore");
            params.put("now", Timestamp.from(now));
            params.put("expiringBefore", Timestamp.from(search.expiringBefore()));
        }
        if (search.issuedFrom() != null) {
            conditions.add("c.issued_at >= :from");
            params.put("from", Timestamp.from(search.issuedFrom()));
        }
        if (search.issuedBefore() != null) {
            conditions.add("c.issued_at < :before");
            params.put("before", Timestamp.from(search.issuedBefore()));
        }
        if (search.bulkJob() != null) {
            // the bulk module's rows name the credentials a job issued; read here rather than copied onto every row
            conditions.add("c.id in (select b.credential_id from bulk_rows b where b.job_id = :job "
                    + "and b.credential_id is not null)");
            params.put("job", search.bulkJob());
        }
        CredentialOrder order = search.order();
        String direction = order.descending() ? "desc" : "asc";
        if (after != null) {
            String comparison = order.descending() ? "<" : ">";
            params.put("afterId", after.id().value());
            if (after.issuedAt() != null && (order == CredentialOrder.NEWEST || order == CredentialOrder.OLDEST)) {
                conditions.add("(c.issued_at, c.id) " + comparison + " (:afterAt, :afterId)");
                params.put("afterAt", Timestamp.from(after.issuedAt()));
            } else {
                conditions.add("(" + order.sortKey("c") + ", c.id) " + comparison + " (select " + order.sortKey("a")
                        + ", a.id from credentials a where a.id = :afterId)");
            }
        }
        return new CredentialQuery(
                String.join(" and ", conditions),
                order.sortKey("c") + " " + direction + ", c.id " + direction,
                Map.copyOf(params));
    }

    /** The SQL condition on {@code c} for {@code status} (see {@link IssuedCredential#status}) at {@code :now}. */
    private static String statusCondition(CredentialStatus status) {
        String expired = "(c.valid_until is not null and c.valid_until <= :now)";
        String renewed = "exists (select 1 from credentials r where r.renews = c.id)";
        return switch (status) {
            case REVOKED -> "c.state = 'revoked'";
            case SUSPENDED -> "c.state = 'suspended'";
            case EXPIRED -> "c.state = 'active' and " + expired;
            case RENEWED -> "c.state = 'active' and not " + expired + " and " + renewed;
            case ACTIVE -> "c.state = 'active' and not " + expired + " and not " + renewed;
        };
    }

    /** {@code text} with LIKE's wildcards and escape character taken literally. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
