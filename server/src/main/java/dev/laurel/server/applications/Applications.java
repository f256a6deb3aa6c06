package dev.laurel.server.applications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.organizations.OrganizationId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applications as a collection: each with its submissions, files, reviewers and reviews; and the openings. */
@Repository
class Applications {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

    private static final String SELECT =
            "select a.*, b.name as badge_name, (select count(*) from application_reviews r "
                    + "where r.application_id = a.id and r.version = a.version and r.decision = 'approve') as approvals "
                    + "from applications a join badges b on b.id = a.badge_id ";

    /** A file to keep, checked. */
    record NewFile(String name, String mediaType, byte[] bytes) {}

    /** A file kept. */
    record StoredFile(String name, String mediaType, byte[] bytes) {}

    private final JdbcClient jdbc;

    Applications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Opening> opening(BadgeId badge) {
        return jdbc.sql("select * from application_badges where badge_id = :badge")
                .param("badge", badge.value())
                .query((rs, row) -> new Opening(
                        badge,
                        new OrganizationId(rs.getObject("organization_id", UUID.class)),
                        rs.getBoolean("open"),
                        rs.getInt("approvals_required"),
                        Rubric.parse(rs.getString("rubric"))))
                .optional();
    }

    void save(Opening opening, Instant at) {
        jdbc.sql("insert into application_badges (badge_id, organization_id, open, approvals_required, rubric, "
                        + "updated_at) values (:badge, :org, :open, :n, :rubric, :at) on conflict (badge_id) do update "
                        + "set open = :open, approvals_required = :n, rubric = :rubric, updated_at = :at")
                .param("badge", opening.badgeId().value())
                .param("org", opening.organizationId().value())
                .param("open", opening.open())
                .param("n", opening.approvalsRequired())
                .param("rubric", opening.rubric().text())
                .param("at", Timestamp.from(at))
                .update();
    }

    void add(ApplicationId id, Opening opening, UUID account, String name, String email, Instant at) {
        jdbc.sql("insert into applications (id, organization_id, badge_id, account_id, earner_name, earner_email, "
                        + "state, version, created_at, submitted_at) values (:id, :org, :badge, :account, :name, "
                        + ":email, 'submitted', 1, :at, :at)")
                .param("id", id.value())
                .param("org", opening.organizationId().value())
                .param("badge", opening.badgeId().value())
                .param("account", account)
                .param("name", name)
                .param("email", email)
                .param("at", Timestamp.from(at))
                .update();
    }

    void addSubmission(
            ApplicationId id,
            int version,
            String statement,
            Map<String, String> answers,
            List<String> urls,
            List<NewFile> files,
            Instant at) {
        jdbc.sql("insert into application_submissions (application_id, version, statement, answers, urls, "
                        + "submitted_at) values (:id, :version, :statement, cast(:answers as jsonb), :urls, :at)")
                .param("id", id.value())
                .param("version", version)
                .param("statement", statement)
                .param("answers", json(answers))
                .param("urls", urls.toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .update();
        for (NewFile file : files) {
            jdbc.sql("insert into application_files (id, application_id, version, name, media_type, bytes) "
                            + "values (:fid, :id, :version, :name, :type, :bytes)")
                    .param("fid", UUID.randomUUID())
                    .param("id", id.value())
                    .param("version", version)
                    .param("name", file.name())
                    .param("type", file.mediaType())
                    .param("bytes", file.bytes())
                    .update();
        }
    }

    Optional<Application> find(ApplicationId id) {
        return jdbc.sql(SELECT + "where a.id = :id")
                .param("id", id.value())
                .query(Applications::application)
                .optional();
    }

    /** The application, its row locked until the caller's transaction ends. */
    Optional<Application> lock(ApplicationId id) {
        jdbc.sql("select id from applications where id = :id for update")
                .param("id", id.value())
                .query(UUID.class)
                .optional();
        return find(id);
    }

    /** The earner's application for the badge that is not decided yet, if any. */
    Optional<Application> openFor(UUID account, BadgeId badge) {
        return jdbc.sql(SELECT + "where a.account_id = :account and a.badge_id = :badge "
                        + "and a.state in ('submitted', 'changes-requested')")
                .param("account", account)
                .param("badge", badge.value())
                .query(Applications::application)
                .optional();
    }

    /** The earner's applications, newest first. */
    List<Application> ofEarner(UUID account) {
        return jdbc.sql(SELECT + "where a.account_id = :account order by a.created_at desc")
                .param("account", account)
                .query(Applications::application)
                .list();
    }

    /** The organization's applications by the filter, the longest waiting first, before the filter's cursor. */
    List<Application> of(OrganizationId organization, ReviewQueue.Filter filter) {
        return jdbc.sql(SELECT + "where a.organization_id = :org "
                        + "and (cast(:badge as uuid) is null or a.badge_id = :badge) "
                        + "and (cast(:state as text) is null or a.state = :state) "
                        + "and (cast(:reviewer as uuid) is null or exists (select 1 from application_reviewers v "
                        + "where v.application_id = a.id and v.account_id = :reviewer)) "
                        + "and (cast(:after as timestamptz) is null or a.submitted_at > :after) "
                        + "order by a.submitted_at, a.id limit :limit")
                .param("org", organization.value())
                .param("badge", filter.badge() == null ? null : filter.badge().value())
                .param("state", filter.state() == null ? null : filter.state().key())
                .param("reviewer", filter.reviewerAccount())
                .param("after", filter.after() == null ? null : Timestamp.from(filter.after()))
                .param("limit", filter.limit())
                .query(Applications::application)
                .list();
    }

    List<Submission> submissions(ApplicationId id) {
        List<Submission> submissions = new ArrayList<>();
        jdbc.sql("select * from application_submissions where application_id = :id order by version")
                .param("id", id.value())
                .query(rs -> {
                    int version = rs.getInt("version");
                    submissions.add(new Submission(
                            version,
                            rs.getString("statement"),
                            map(rs.getString("answers")),
                            strings(rs.getArray("urls")),
                            files(id, version),
                            rs.getTimestamp("submitted_at").toInstant()));
                });
        return submissions;
    }

    private List<Submission.File> files(ApplicationId id, int version) {
        return jdbc.sql("select id, name, media_type from application_files where application_id = :id "
                        + "and version = :version and bytes is not null order by name, id")
                .param("id", id.value())
                .param("version", version)
                .query((rs, row) -> new Submission.File(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    Optional<StoredFile> file(ApplicationId id, UUID file) {
        return jdbc.sql("select name, media_type, bytes from application_files where application_id = :id "
                        + "and id = :file and bytes is not null")
                .param("id", id.value())
                .param("file", file)
                .query((rs, row) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    void update(ApplicationId id, Application.State state, int version, String reason, Instant submittedAt) {
        jdbc.sql("update applications set state = :state, version = :version, reason = :reason, "
                        + "submitted_at = :submitted where id = :id")
                .param("id", id.value())
                .param("state", state.key())
                .param("version", version)
                .param("reason", reason)
                .param("submitted", Timestamp.from(submittedAt))
                .update();
    }

    void decide(ApplicationId id, Application.State state, String reason, CredentialId credential, Instant at) {
        jdbc.sql("update applications set state = :state, reason = :reason, credential_id = :credential, "
                        + "decided_at = :at where id = :id")
                .param("id", id.value())
                .param("state", state.key())
                .param("reason", reason)
                .param("credential", credential == null ? null : credential.value())
                .param("at", Timestamp.from(at))
                .update();
    }

    List<Reviewer> reviewers(ApplicationId id) {
        return jdbc.sql("select id, account_id, name, email from application_reviewers where application_id = :id "
                        + "order by assigned_at, id")
                .param("id", id.value())
                .query(Applications::reviewer)
                .list();
    }

    /** Assigns a reviewer; the one assigned already when the address is. */
    Reviewer assign(ApplicationId id, UUID account, String name, String email, Instant at) {
        jdbc.sql("insert into application_reviewers (id, application_id, account_id, name, email, assigned_at) "
                        + "values (:rid, :id, :account, :name, :email, :at) on conflict (application_id, email) "
                        + "do nothing")
                .param("rid", UUID.randomUUID())
                .param("id", id.value())
                .param("account", account)
                .param("name", name)
                .param("email", email)
                .param("at", Timestamp.from(at))
                .update();
        return jdbc.sql("select id, account_id, name, email from application_reviewers where application_id = :id "
                        + "and email = :email")
                .param("id", id.value())
                .param("email", email)
                .query(Applications::reviewer)
                .single();
    }

    /** The reviewer row of an API key: its decisions are recorded as a reviewer named after it, with no address. */
    Reviewer assignKey(ApplicationId id, UUID key, Instant at) {
        String name = "API key " + key.toString().substring(0, 8);
        return jdbc.sql("select id, account_id, name, email from application_reviewers where application_id = :id "
                        + "and email is null and account_id is null and name = :name")
                .param("id", id.value())
                .param("name", name)
                .query(Applications::reviewer)
                .optional()
                .orElseGet(() -> {
                    UUID reviewer = UUID.randomUUID();
                    jdbc.sql("insert into application_reviewers (id, application_id, name, assigned_at) "
                                    + "values (:rid, :id, :name, :at)")
                            .param("rid", reviewer)
                            .param("id", id.value())
                            .param("name", name)
                            .param("at", Timestamp.from(at))
                            .update();
                    return new Reviewer(reviewer, null, name, null);
                });
    }

    /** Gives the expert a new link's hash, valid until {@code expires}: the one before no longer works. */
    void link(UUID reviewer, String tokenHash, Instant expires) {
        jdbc.sql("update application_reviewers set token_hash = :hash, expires_at = :expires where id = :id")
                .param("id", reviewer)
                .param("hash", tokenHash)
                .param("expires", Timestamp.from(expires))
                .update();
    }

    /** The application and expert the link's hash names, while it has not expired. */
    Optional<Map.Entry<ApplicationId, Reviewer>> byLink(String tokenHash, Instant now) {
        return jdbc.sql("select application_id, id, account_id, name, email from application_reviewers "
                        + "where token_hash = :hash and expires_at > :now")
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .query((rs, row) ->
                        Map.entry(new ApplicationId(rs.getObject("application_id", UUID.class)), reviewer(rs, row)))
                .optional();
    }

    /** Spends the expert's link: used once. */
    void spend(UUID reviewer) {
        jdbc.sql("update application_reviewers set token_hash = null, expires_at = null where id = :id")
                .param("id", reviewer)
                .update();
    }

    List<Review> reviews(ApplicationId id) {
        return jdbc.sql("select r.*, v.account_id, v.name, v.email from application_reviews r join "
                        + "application_reviewers v on v.id = r.reviewer_id where r.application_id = :id "
                        + "order by r.reviewed_at, r.id")
                .param("id", id.value())
                .query((rs, row) -> new Review(
                        new Reviewer(
                                rs.getObject("reviewer_id", UUID.class),
                                rs.getObject("account_id", UUID.class),
                                rs.getString("name"),
                                rs.getString("email")),
                        rs.getInt("version"),
                        Review.Decision.parse(rs.getString("decision")),
                        rs.getString("comment"),
                        map(rs.getString("scores")),
                        rs.getTimestamp("reviewed_at").toInstant()))
                .list();
    }

    /** Adds the review; false when the reviewer reviewed this version already. */
    boolean add(ApplicationId id, Review review) {
        return jdbc.sql("insert into application_reviews (id, application_id, reviewer_id, version, decision, "
                                + "comment, scores, reviewed_at) values (:rid, :id, :reviewer, :version, :decision, "
                                + ":comment, cast(:scores as jsonb), :at) on conflict do nothing")
                        .param("rid", UUID.randomUUID())
                        .param("id", id.value())
                        .param("reviewer", review.reviewer().id())
                        .param("version", review.version())
                        .param("decision", review.decision().key())
                        .param("comment", review.comment())
                        .param("scores", json(review.scores()))
                        .param("at", Timestamp.from(review.at()))
                        .update()
                == 1;
    }

    /** Empties what names the earner of {@code account}: their address, files and evidence; their name becomes a mark. */
    void forget(UUID account, String mark) {
        jdbc.sql("update application_files set bytes = null, name = null, media_type = null where application_id in "
                        + "(select id from applications where account_id = :account)")
                .param("account", account)
                .update();
        jdbc.sql("update application_submissions set statement = '', answers = '{}', urls = '{}' where "
                        + "application_id in (select id from applications where account_id = :account)")
                .param("account", account)
                .update();
        jdbc.sql("update applications set account_id = null, earner_email = null, earner_name = :mark "
                        + "where account_id = :account")
                .param("account", account)
                .param("mark", mark)
                .update();
    }

    /** Empties the reviewer rows of the erased person: by account, or by an address of theirs. */
    void forgetReviewer(UUID account, List<String> addresses, String mark) {
        jdbc.sql("update application_reviewers set account_id = null, email = null, name = :mark, token_hash = null, "
                        + "expires_at = null where account_id = :account or lower(email) = any(:addresses)")
                .param("account", account)
                .param("addresses", addresses.toArray(String[]::new))
                .param("mark", mark)
                .update();
    }

    private static Application application(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        UUID credential = rs.getObject("credential_id", UUID.class);
        return new Application(
                new ApplicationId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                new BadgeId(rs.getObject("badge_id", UUID.class)),
                rs.getString("badge_name"),
                rs.getObject("account_id", UUID.class),
                rs.getString("earner_name"),
                rs.getString("earner_email"),
                Application.State.parse(rs.getString("state")),
                rs.getInt("version"),
                rs.getString("reason"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("submitted_at").toInstant(),
                decided == null ? null : decided.toInstant(),
                rs.getInt("approvals"),
                credential == null ? null : new CredentialId(credential));
    }

    private static Reviewer reviewer(ResultSet rs, int row) throws SQLException {
        return new Reviewer(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("name"),
                rs.getString("email"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String json(Map<String, String> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> map(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
