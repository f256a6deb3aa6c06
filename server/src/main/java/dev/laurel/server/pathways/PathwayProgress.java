package dev.laurel.server.pathways;

import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earners on pathways: where one stands (evaluated now from what they hold), who is on a pathway and how far, who the
 * issuer enrolled or who joined, and whether an earner wants mail when they complete a step.
 */
@Service
public class PathwayProgress {

    private static final java.util.regex.Pattern ADDRESS =
            java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final Pathways pathways;
    private final Holdings holdings;
    private final Reevaluation reevaluation;
    private final TenantAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    PathwayProgress(
            Pathways pathways,
            Holdings holdings,
            Reevaluation reevaluation,
            TenantAccess access,
            JdbcClient jdbc,
            Clock clock) {
        this.pathways = pathways;
        this.holdings = holdings;
        this.reevaluation = reevaluation;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * An earner on a pathway, as last evaluated.
     *
     * @param email the earner's one address (an account's sign-in address, else the address issued to)
     * @param completedSteps the ids of the steps complete
     * @param percent the share of requirements met
     * @param completedAt when the whole pathway was complete, or null
     * @param enrolled whether the issuer enrolled them
     * @param joined whether they joined it themselves
     * @param goalCredential the goal credential awarded, or null
     */
    public record Earner(
            String email,
            Set<String> completedSteps,
            int percent,
            Instant completedAt,
            boolean enrolled,
            boolean joined,
            CredentialId goalCredential) {
        public Earner {
            completedSteps = Set.copyOf(completedSteps);
        }
    }

    /** A pathway an earner is on, and where they stand. */
    public record Joined(Pathway pathway, Progress progress, boolean enrolled, boolean joined) {}

    /** Where the holder of {@code email} stands on {@code pathway} now. */
    @Transactional(readOnly = true)
    public Progress of(Pathway pathway, String email) {
        String earner = earner(email);
        List<Held> held = holdings.of(List.of(earner)).getOrDefault(earner, List.of());
        Map<String, Evaluation.Result> results = Evaluation.of(pathway.steps(), held, clock.instant());
        Map<String, UUID> awards = new HashMap<>();
        jdbc.sql("select step_id, credential_id from pathway_awards where pathway_id = :id and email = :email "
                        + "and credential_id is not null")
                .param("id", pathway.id().value())
                .param("email", earner)
                .query(rs -> {
                    awards.put(rs.getString("step_id"), rs.getObject("credential_id", UUID.class));
                });
        List<Progress.StepProgress> steps = new ArrayList<>();
        add(pathway.steps(), 0, results, awards, steps);
        UUID goal = awards.get(pathway.steps().id());
        return new Progress(
                results.get(pathway.steps().id()).done(),
                goal == null ? null : new CredentialId(goal),
                steps,
                Reevaluation.percent(pathway, results));
    }

    private static void add(
            Step step,
            int depth,
            Map<String, Evaluation.Result> results,
            Map<String, UUID> awards,
            List<Progress.StepProgress> out) {
        Evaluation.Result result = results.get(step.id());
        UUID award = awards.get(step.id());
        out.add(new Progress.StepProgress(
                step,
                depth,
                result.done(),
                result.have(),
                result.need(),
                result.credits(),
                result.completedAt(),
                result.satisfiedBy(),
                award == null ? null : new CredentialId(award)));
        if (step instanceof Step.Group group) {
            group.children().forEach(child -> add(child, depth + 1, results, awards, out));
        }
    }

    /** The earner's one address for {@code email}: the sign-in address of the account it belongs to, else itself. */
    public String earner(String email) {
        String lower = email.strip().toLowerCase(Locale.ROOT);
        return holdings.earners(List.of(lower)).getOrDefault(lower, lower);
    }

    /** The earners furthest along first, then by address; at most {@code limit} (a page, a CSV export). */
    public List<Earner> earners(Pathway pathway, int limit) {
        return earners(pathway, null, "e.percent desc, e.email", limit);
    }

    /**
     * The earners by address, at most {@code limit} after {@code after} (from the first when null): a page at a time,
     * for a pathway with more earners than one list should read.
     */
    public List<Earner> earnersAfter(Pathway pathway, String after, int limit) {
        return earners(pathway, after, "e.email", limit);
    }

    private List<Earner> earners(Pathway pathway, String after, String order, int limit) {
        return jdbc.sql("""
                        select e.email, e.completed_steps, e.percent, e.completed_at, e.enrolled_at, e.joined_at,
                            (select a.credential_id from pathway_awards a where a.pathway_id = e.pathway_id
                                and a.email = e.email and a.step_id = :root) as goal
                        from pathway_earners e
                        where e.pathway_id = :id and (cast(:after as text) is null or e.email > :after)
                        order by\s""" + order + " limit :limit")
                .param("id", pathway.id().value())
                .param("root", pathway.steps().id())
                .param("after", after)
                .param("limit", limit)
                .query((rs, row) -> {
                    Timestamp completed = rs.getTimestamp("completed_at");
                    UUID goal = rs.getObject("goal", UUID.class);
                    return new Earner(
                            rs.getString("email"),
                            Set.of((String[]) rs.getArray("completed_steps").getArray()),
                            rs.getInt("percent"),
                            completed == null ? null : completed.toInstant(),
                            rs.getTimestamp("enrolled_at") != null,
                            rs.getTimestamp("joined_at") != null,
                            goal == null ? null : new CredentialId(goal));
                })
                .list();
    }

    /** How many earners completed each step, by step id (steps no one completed are absent). */
    public Map<String, Integer> completions(Pathway pathway) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("select step, count(*) as n from pathway_earners, unnest(completed_steps) as step "
                        + "where pathway_id = :id group by step")
                .param("id", pathway.id().value())
                .query(rs -> {
                    counts.put(rs.getString("step"), rs.getInt("n"));
                });
        return counts;
    }

    /** The pathways an earner with these addresses is on (holds something it counts, was enrolled, or joined). */
    @Transactional(readOnly = true)
    public List<Joined> ofEarner(Collection<String> addresses) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        Set<String> earners =
                new java.util.LinkedHashSet<>(holdings.earners(addresses).values());
        List<Joined> out = new ArrayList<>();
        jdbc.sql("select pathway_id, email, enrolled_at, joined_at from pathway_earners where email in (:emails) "
                        + "order by evaluated_at desc")
                .param("emails", List.copyOf(earners))
                .query((rs, row) -> new Object[] {
                    rs.getObject("pathway_id", UUID.class),
                    rs.getString("email"),
                    rs.getTimestamp("enrolled_at") != null,
                    rs.getTimestamp("joined_at") != null
                })
                .list()
                .forEach(row -> pathways.find(new PathwayId((UUID) row[0]))
                        .ifPresent(pathway -> out.add(new Joined(
                                pathway, of(pathway, (String) row[1]), (Boolean) row[2], (Boolean) row[3]))));
        return out;
    }

    /**
     * Enrolls a cohort: each address is put on the pathway (and evaluated), as {@code actor}; an address already on
     * it stays. Refuses the whole list with {@code pathway.invalid-recipient} naming the first bad address.
     *
     * @return how many were newly enrolled
     */
    @Transactional
    public int enroll(OrganizationId organizationId, PathwayId id, Actor actor, List<String> emails) {
        access.require(organizationId, actor, Role.ISSUER);
        Pathway pathway = pathways.require(organizationId, id);
        for (int i = 0; i < emails.size(); i++) {
            String email = emails.get(i) == null ? "" : emails.get(i).strip();
            if (!ADDRESS.matcher(email).matches()) {
                throw PathwayError.INVALID_RECIPIENT
                        .problem("'" + email + "' (number " + (i + 1) + ") is not an email address.")
                        .with("field", "/recipients/" + i);
            }
        }
        Map<String, String> earners = holdings.earners(emails);
        int enrolled = 0;
        Instant now = clock.instant();
        for (String earner : new java.util.LinkedHashSet<>(earners.values())) {
            enrolled += jdbc.sql("""
                            insert into pathway_earners (pathway_id, email, enrolled_at, evaluated_at)
                            values (:id, :email, :now, :now)
                            on conflict (pathway_id, email) do update set enrolled_at = :now
                            where pathway_earners.enrolled_at is null""")
                    .param("id", id.value())
                    .param("email", earner)
                    .param("now", Timestamp.from(now))
                    .update();
        }
        reevaluation.evaluate(List.of(pathway), earners.values());
        return enrolled;
    }

    /** The earner joins a published pathway. */
    @Transactional
    public void join(PathwayId id, String email) {
        Pathway pathway = pathways.find(id)
                .filter(Pathway::published)
                .orElseThrow(() -> PathwayError.NOT_FOUND.problem("No published pathway " + id + "."));
        String earner = earner(email);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into pathway_earners (pathway_id, email, joined_at, evaluated_at)
                        values (:id, :email, :now, :now)
                        on conflict (pathway_id, email) do update set joined_at = coalesce(pathway_earners.joined_at, :now)""")
                .param("id", id.value())
                .param("email", earner)
                .param("now", Timestamp.from(now))
                .update();
        reevaluation.evaluate(List.of(pathway), List.of(earner));
    }

    /** Whether the earner gets a mail when they complete a step. */
    public boolean mails(String email) {
        return !jdbc.sql("select exists (select 1 from pathway_mail_optouts where email = :email)")
                .param("email", earner(email))
                .query(Boolean.class)
                .single();
    }

    /** Turns the earner's step mails on or off. */
    @Transactional
    public void mails(String email, boolean on) {
        String earner = earner(email);
        if (on) {
            jdbc.sql("delete from pathway_mail_optouts where email = :email")
                    .param("email", earner)
                    .update();
        } else {
            jdbc.sql("insert into pathway_mail_optouts (email, opted_out_at) values (:email, :now) "
                            + "on conflict do nothing")
                    .param("email", earner)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
    }

    /** The goal credential awarded to the earner for the pathway, if any. */
    public Optional<CredentialId> goalCredential(PathwayId id, String email) {
        return pathways.find(id).flatMap(pathway -> jdbc.sql("select credential_id from pathway_awards "
                        + "where pathway_id = :id and step_id = :root and email = :email and credential_id is not null")
                .param("id", id.value())
                .param("root", pathway.steps().id())
                .param("email", earner(email))
                .query(UUID.class)
                .optional()
                .map(CredentialId::new));
    }
}
