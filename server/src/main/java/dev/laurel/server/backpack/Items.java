package dev.laurel.server.backpack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every backpack's items, as a collection. */
@Repository
class Items {

    private static final String COLUMNS = "id, account_id, credential_id, original_kind, source, format, name, "
            + "issuer_name, issuer_id, image_url, skills, issued_at, valid_until, visibility, added_at";

    private final JdbcClient jdbc;

    Items(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An imported credential, with its original bytes and the verification report made when it came in. */
    record Original(byte[] bytes, String kind, JsonNode report) {}

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

    Optional<Original> original(UUID id) {
        return jdbc.sql("select original, original_kind, report from backpack_items where id = :id "
                        + "and original is not null")
                .param("id", id)
                .query((rs, row) -> new Original(
                        rs.getBytes("original"),
                        rs.getString("original_kind"),
                        rs.getString("report") == null ? null : Json.parse(rs.getString("report"))))
                .optional();
    }

    /** Adds a credential issued here; nothing when the account already keeps it. */
    void addIssued(UUID accountId, UUID credentialId, String format, ItemFacts facts, Instant at) {
        jdbc.sql("insert into backpack_items (id, account_id, credential_id, format, name, issuer_name, issuer_id, "
                        + "image_url, skills, issued_at, valid_until, added_at) values (:id, :account, :credential, "
                        + ":format, :name, :issuerName, :issuerId, :image, :skills, :issued, :until, :at) "
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
                .param("issued", timestamp(facts.issuedAt()))
                .param("until", timestamp(facts.validUntil()))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Adds an imported credential with its original bytes; returns its id. */
    UUID addImported(
            UUID accountId,
            byte[] original,
            String kind,
            String source,
            String format,
            ItemFacts facts,
            JsonNode report,
            Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into backpack_items (id, account_id, original, original_kind, source, format, name, "
                        + "issuer_name, issuer_id, image_url, skills, issued_at, valid_until, report, added_at) "
                        + "values (:id, :account, :original, :kind, :source, :format, :name, :issuerName, :issuerId, "
                        + ":image, :skills, :issued, :until, cast(:report as jsonb), :at)")
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
                .param("issued", timestamp(facts.issuedAt()))
                .param("until", timestamp(facts.validUntil()))
                .param("report", Json.write(report))
                .param("at", Timestamp.from(at))
                .update();
        return id;
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

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Item item(ResultSet rs, int row) throws SQLException {
        Array skills = rs.getArray("skills");
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
                        instant(rs.getTimestamp("issued_at")),
                        instant(rs.getTimestamp("valid_until"))),
                Visibility.parse(rs.getString("visibility")).orElseThrow(),
                rs.getTimestamp("added_at").toInstant());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
