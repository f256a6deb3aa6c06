package dev.laurel.server.backpack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.bake.UnbakeResult;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every backpack's items, as a collection. */
@Repository
class Items {

    private static final String COLUMNS = "id, account_id, credential_id, original_kind, source, format, name, "
            + "issuer_name, issuer_id, image_url, skills, tags, issued_at, valid_until, visibility, added_at, issuer_status, "
            + "verified_at, checked_at, check_problem, issued_to_earner";

    private final JdbcClient jdbc;

    Items(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An imported credential, with its original bytes and its latest conclusive verification report ({@link
     * #stored}).
     */
    record Original(byte[] bytes, String kind, JsonNode report) {
        /** The report's checks, each with its {@code id}, {@code status} and {@code message}, for pages. */
        public List<?> checks() {
            return report == null ? List.of() : Json.MAPPER.convertValue(report.path("checks"), List.class);
        }

        /** The credential as text: the file itself, or what is baked into the image (empty when nothing is). */
        String text() {
            if (kind.equals("png") || kind.equals("svg")) {
                return Baker.unbake(bytes) instanceof UnbakeResult.Found found
                        ? found.payload().text().strip()
                        : "";
            }
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            return text.startsWith("\uFEFF") ? text.substring(1).strip() : text;
        }

        /**
         * The credential it carries, as JSON: the file's, a VC-JWT's (its payload's credential; a signed Open Badges
         * 2.0 assertion's payload), or the one baked into the image — a hosted assertion's URL baked in read as its
         * verification fetched it; null when unreadable.
         */
        JsonNode credential() {
            String text = text();
            try {
                if (text.startsWith("{")) {
                    return Json.parse(text);
                }
                if (DecodedJwt.looksLikeJwt(text)) {
                    return DecodedJwt.parse(text).credential();
                }
                JsonNode hosted = resolve(TextNode.valueOf(text));
                return hosted.isObject() ? hosted : null;
            } catch (RuntimeException unreadable) {
                return null;
            }
        }

        /**
         * What {@code reference} stands for among the documents the verification resolved (an Open Badges 2.0
         * BadgeClass or issuer Profile given by URL), as {@link VerificationReport#resolve}; otherwise itself.
         */
        JsonNode resolve(JsonNode reference) {
            JsonNode document = reference != null && reference.isTextual() && report != null
                    ? report.path("linked").path(reference.asText())
                    : null;
            return document != null && document.isObject() ? document : reference;
        }
    }

    /**
     * A verification report as kept with an import: its checks ({@link VerificationReport#toJson}) and, under {@code
     * linked}, the documents it resolved by their id — an Open Badges 2.0 BadgeClass and issuer Profile given by URL,
     * and a hosted assertion itself — so that what they say can be read again without fetching them.
     */
    static ObjectNode stored(VerificationReport report) {
        ObjectNode json = report.toJson();
        ObjectNode linked = json.putObject("linked");
        report.linked().forEach(linked::set);
        report.credential().ifPresent(credential -> {
            String id = credential.path("id").asText("");
            if (id.startsWith("https://") || id.startsWith("http://")) {
                linked.putIfAbsent(id, credential);
            }
        });
        return json;
    }

    /** An imported item claimed for a check: its id, its earner's account and its original bytes. */
    record Due(UUID id, UUID accountId, byte[] original) {}

    List<Item> of(UUID accountId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from backpack_items where account_id = :account "
                        + "order by added_at desc, id limit :limit")
                .param("account", accountId)
                .param("limit", limit)
                .query(Items::item)
                .list();
    }

    Optional<Item> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from backpack_items where id = :id")
                .param("id", id)
                .query(Items::item)
                .optional();
    }

    Optional<Item> ofCredential(UUID credentialId) {
        return jdbc.sql("select " + COLUMNS + " from backpack_items where credential_id = :credential")
                .param("credential", credentialId)
                .query(Items::item)
                .optional();
    }

    /** The item, its row locked until the transaction ends, so that checks of it follow one another. */
    Optional<Item> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from backpack_items where id = :id for update")
                .param("id", id)
                .query(Items::item)
                .optional();
    }

    Optional<Original> original(UUID id) {
        return jdbc.sql("select original, original_kind, report from backpack_items where id = :id "
                        + "and original is not null")
                .param("id", id)
                .query((rs, row) -> original(rs))
                .optional();
    }

    /**
     * Every import of these accounts, each read by {@code read} as its row comes (so that their original bytes are not
     * all held at once); one query.
     */
    <T> List<T> imports(Collection<UUID> accountIds, BiFunction<Item, Original, T> read) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS
                        + ", original, report from backpack_items where account_id = any(:accounts) "
                        + "and original is not null order by account_id, added_at, id")
                .param("accounts", accountIds.toArray(UUID[]::new))
                .query((rs, row) -> read.apply(item(rs, row), original(rs)))
                .list();
    }

    /** Adds a credential issued here; nothing when the account already keeps it. */
    void addIssued(UUID accountId, UUID credentialId, String format, ItemFacts facts, Instant at) {
        jdbc.sql("insert into backpack_items (id, account_id, credential_id, format, name, issuer_name, issuer_id, "
                        + "image_url, skills, tags, issued_at, valid_until, added_at, issued_to_earner) values (:id, "
                        + ":account, :credential, :format, :name, :issuerName, :issuerId, :image, :skills, :tags, :issued, "
                        + ":until, :at, "
                        + "true) "
                        + "on conflict (account_id, credential_id) do nothing")
                .param("id", UUID.randomUUID())
                .param("account", accountId)
                .param("credential", credentialId)
                .param("format", format)
                .param("name", facts.name())
                .param("issuerName", facts.issuerName())
                .param("issuerId", facts.issuerId())
                .param("image", facts.image())
                .param("skills", facts.skills().toArray(String[]::new))
                .param("tags", facts.tags().toArray(String[]::new))
                .param("issued", timestamp(facts.issuedAt()))
                .param("until", timestamp(facts.validUntil()))
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Adds an imported credential with its original bytes; returns its id.
     *
     * @param issuedToEarner whether the credential names the account's earner ({@link Addressee})
     */
    UUID addImported(
            UUID accountId,
            byte[] original,
            String kind,
            String source,
            String format,
            ItemFacts facts,
            VerificationReport report,
            boolean issuedToEarner,
            Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into backpack_items (id, account_id, original, original_kind, source, format, name, "
                        + "issuer_name, issuer_id, image_url, skills, tags, issued_at, valid_until, report, added_at, "
                        + "verified_at, checked_at, issued_to_earner) values (:id, :account, :original, :kind, "
                        + ":source, :format, :name, :issuerName, :issuerId, :image, :skills, :tags, :issued, :until, "
                        + "cast(:report as jsonb), :at, :at, :at, :mine)")
                .param("mine", issuedToEarner)
                .param("id", id)
                .param("account", accountId)
                .param("original", original)
                .param("kind", kind)
                .param("source", source)
                .param("format", format)
                .param("name", facts.name() == null ? "Credential" : facts.name())
                .param("issuerName", facts.issuerName())
                .param("issuerId", facts.issuerId())
                .param("image", facts.image() != null && facts.image().length() > 2000 ? null : facts.image())
                .param("skills", facts.skills().toArray(String[]::new))
                .param("tags", facts.tags().toArray(String[]::new))
                .param("issued", timestamp(facts.issuedAt()))
                .param("until", timestamp(facts.validUntil()))
                .param("report", Json.write(stored(report)))
                .param("at", Timestamp.from(at))
                .update();
        return id;
    }

    /**
     * Claims up to {@code limit} imported items last checked at or before {@code dueBefore} — or at or before {@code
     * retryBefore} when that check could not conclude — oldest check first, by
     * setting their {@code checked_at} to {@code now} in one statement: rows another node holds are skipped, and a
     * claimed row is no longer due, so no two claims in a round return the same item.
     */
    List<Due> claimDue(Instant dueBefore, Instant retryBefore, Instant now, int limit) {
        return jdbc.sql("""
                        update backpack_items set checked_at = :now where id in (
                            select id from backpack_items
                            where original is not null
                                and (checked_at <= :due or (check_problem is not null and checked_at <= :retry))
                            order by checked_at, id limit :limit for update skip locked)
                        returning id, account_id, original
                        """)
                .param("now", Timestamp.from(now))
                .param("due", Timestamp.from(dueBefore))
                .param("retry", Timestamp.from(retryBefore))
                .param("limit", limit)
                .query((rs, row) -> new Due(
                        rs.getObject("id", UUID.class),
                        rs.getObject("account_id", UUID.class),
                        rs.getBytes("original")))
                .list();
    }

    /**
     * Keeps a conclusive check's report, the standing it settles and whether the credential names the earner (their
     * addresses may have changed); the problem of an earlier attempt is gone.
     */
    void recordConclusive(UUID id, Standing status, VerificationReport report, boolean issuedToEarner, Instant at) {
        jdbc.sql("update backpack_items set report = cast(:report as jsonb), issuer_status = :status, "
                        + "verified_at = :at, checked_at = greatest(checked_at, :at), check_problem = null, "
                        + "issued_to_earner = :mine where id = :id and original is not null")
                .param("mine", issuedToEarner)
                .param("report", Json.write(stored(report)))
                .param("status", status.key())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** Records a check that could not conclude: the last conclusive report and standing stay. */
    void recordInconclusive(UUID id, String problem, Instant at) {
        jdbc.sql("update backpack_items set check_problem = :problem, checked_at = greatest(checked_at, :at) "
                        + "where id = :id and original is not null")
                .param("problem", problem.length() > 2000 ? problem.substring(0, 2000) : problem)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** The item whose original bytes have this SHA-256 (hex), in the account's backpack. */
    Optional<UUID> withOriginalDigest(UUID accountId, String sha256) {
        return jdbc.sql("select id from backpack_items where account_id = :account and original is not null "
                        + "and encode(sha256(original), 'hex') = :digest limit 1")
                .param("account", accountId)
                .param("digest", sha256)
                .query(UUID.class)
                .optional();
    }

    /**
     * Makes every import of the account due for a check at once, as when its addresses change: the next round settles
     * again whether each names the earner. One whose last check could not conclude keeps its time, shown with its
     * problem, and is retried within the hour anyway.
     */
    void dueNow(UUID accountId) {
        jdbc.sql("update backpack_items set checked_at = timestamptz 'epoch' where account_id = :account "
                        + "and original is not null and check_problem is null")
                .param("account", accountId)
                .update();
    }

    void changeVisibility(UUID id, Visibility visibility) {
        jdbc.sql("update backpack_items set visibility = :visibility where id = :id")
                .param("visibility", visibility.key())
                .param("id", id)
                .update();
    }

    void remove(UUID id) {
        jdbc.sql("delete from backpack_items where id = :id").param("id", id).update();
    }

    /** Whether any backpack keeps the credential private. */
    boolean privateCredential(UUID credentialId) {
        return jdbc.sql("select exists (select 1 from backpack_items where credential_id = :credential "
                        + "and visibility = 'private')")
                .param("credential", credentialId)
                .query(Boolean.class)
                .single();
    }

    void decline(UUID accountId, UUID credentialId, Instant at) {
        jdbc.sql("insert into backpack_declined (account_id, credential_id, declined_at) values (:account, "
                        + ":credential, :at) on conflict do nothing")
                .param("account", accountId)
                .param("credential", credentialId)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<UUID> declined(UUID accountId) {
        return jdbc.sql("select credential_id from backpack_declined where account_id = :account")
                .param("account", accountId)
                .query(UUID.class)
                .list();
    }

    private static Original original(ResultSet rs) throws SQLException {
        return new Original(
                rs.getBytes("original"),
                rs.getString("original_kind"),
                rs.getString("report") == null ? null : Json.parse(rs.getString("report")));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Item item(ResultSet rs, int row) throws SQLException {
        Array skills = rs.getArray("skills");
        Array tags = rs.getArray("tags");
        return new Item(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getObject("credential_id", UUID.class),
                rs.getString("original_kind"),
                rs.getString("source"),
                rs.getString("format"),
                new ItemFacts(
                        rs.getString("name"),
                        rs.getString("issuer_name"),
                        rs.getString("issuer_id"),
                        rs.getString("image_url"),
                        skills == null ? List.of() : List.of((String[]) skills.getArray()),
                        tags == null ? List.of() : List.of((String[]) tags.getArray()),
                        instant(rs.getTimestamp("issued_at")),
                        instant(rs.getTimestamp("valid_until"))),
                Visibility.parse(rs.getString("visibility")).orElseThrow(),
                rs.getTimestamp("added_at").toInstant(),
                (Boolean) rs.getObject("issued_to_earner"),
                rs.getObject("credential_id") != null
                        ? Item.Check.NONE
                        : new Item.Check(
                                Standing.parse(rs.getString("issuer_status")).orElseThrow(),
                                instant(rs.getTimestamp("verified_at")),
                                instant(rs.getTimestamp("checked_at")),
                                rs.getString("check_problem")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
