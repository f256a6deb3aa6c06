package dev.laurel.server.apikeys;

import dev.laurel.server.organizations.Actor;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every API key, as a collection; making keys and recognizing them. A key is {@code lrl_} + 8 characters of public
 * prefix + {@code _} + 32 random bytes (base64url); only the SHA-256 of the whole key is stored, so a database leak
 * reveals no usable key. Thread-safe.
 */
@Service
public class ApiKeys {

    private static final String COLUMNS =
            "id, organization_id, name, prefix, scopes, created_at, last_used_at, revoked_at";
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** A new key and its secret, shown once. */
    public record Created(ApiKey key, String secret) {
        @Override
        public String toString() {
            return "Created[" + key + "]";
        }
    }

    /**
     * Makes a key for {@code organizationId}, asked by {@code actor} (a member, another key of the organization, or
     * the operator); the caller has checked that whoever asks may.
     */
    @Transactional
    public Created create(UUID organizationId, String name, Set<Scope> scopes, Actor actor) {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("an API key needs at least one scope");
        }
        String prefix = "lrl_" + token(6).replace('-', 'x').replace('_', 'y').substring(0, 8);
        String secret = prefix + "_" + token(32);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into api_keys (id, organization_id, name, prefix, secret_hash, scopes, created_at,
                                              created_by)
                        values (:id, :org, :name, :prefix, :hash, :scopes, :now, :by)
                        """)
                .param("id", id)
                .param("org", organizationId)
                .param("name", name.strip())
                .param("prefix", prefix)
                .param("hash", hash(secret))
                .param("scopes", scopes.stream().map(Scope::key).sorted().collect(Collectors.joining(",")))
                .param("now", Timestamp.from(clock.instant()))
                .param("by", actor.accountId())
                .update();
        ApiKey key = find(id).orElseThrow();
        events.publishEvent(new ApiKeyEvents.ApiKeyCreated(
                organizationId,
                id,
                key.name(),
                prefix,
                key.scopes().stream().map(Scope::key).sorted().toList(),
                actor.recorded()));
        return new Created(key, secret);
    }

    public Optional<ApiKey> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from api_keys where id = :id")
                .param("id", id)
                .query(ApiKeys::key)
                .optional();
    }

    /** The organization's keys, newest first, revoked ones included. */
    public List<ApiKey> of(UUID organizationId) {
        return jdbc.sql("select " + COLUMNS + " from api_keys where organization_id = :org order by created_at desc")
                .param("org", organizationId)
                .query(ApiKeys::key)
                .list();
    }

    /**
     * Revokes a key of {@code organizationId}, asked by {@code actor}; false when it has no such key. Revoking a
     * revoked key changes nothing.
     */
    @Transactional
    public boolean revoke(UUID organizationId, UUID keyId, Actor actor) {
        Optional<ApiKey> key =
                find(keyId).filter(found -> found.organizationId().equals(organizationId));
        if (key.isEmpty()) {
            return false;
        }
        int changed = jdbc.sql("update api_keys set revoked_at = :now where id = :id and revoked_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", keyId)
                .update();
        if (changed > 0) {
            events.publishEvent(new ApiKeyEvents.ApiKeyRevoked(
                    organizationId, keyId, key.get().name(), key.get().prefix(), actor.recorded()));
        }
        return true;
    }

    /** The client a presented key belongs to, when it is a valid, unrevoked key; records when it was last used. */
    @Transactional
    public Optional<ApiClient> authenticate(String presented) {
        if (presented == null || !presented.startsWith("lrl_") || presented.length() > 100) {
            return Optional.empty();
        }
        int split = presented.indexOf('_', 4);
        if (split < 0) {
            return Optional.empty();
        }
        String prefix = presented.substring(0, split);
        byte[] expected = hash(presented).getBytes();
        Optional<Row> row = jdbc.sql("select " + COLUMNS + ", secret_hash from api_keys where prefix = :prefix")
                .param("prefix", prefix)
                .query((rs, i) -> new Row(key(rs, i), rs.getString("secret_hash")))
                .optional();
        if (row.isEmpty()
                || !row.get().key().active()
                || !MessageDigest.isEqual(expected, row.get().secretHash().getBytes())) {
            return Optional.empty();
        }
        ApiKey key = row.get().key();
        Instant now = clock.instant();
        if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
            jdbc.sql("update api_keys set last_used_at = :now where id = :id")
                    .param("now", Timestamp.from(now))
                    .param("id", key.id())
                    .update();
        }
        return Optional.of(new ApiClient(key.id(), key.organizationId(), key.name(), key.scopes()));
    }

    private record Row(ApiKey key, String secretHash) {}

    private String token(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiKey key(ResultSet rs, int row) throws SQLException {
        Timestamp used = rs.getTimestamp("last_used_at");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        Set<Scope> scopes = Arrays.stream(rs.getString("scopes").split(","))
                .filter(s -> !s.isBlank())
                .map(Scope::parse)
                .collect(Collectors.toSet());
        return new ApiKey(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getString("name"),
                rs.getString("prefix"),
                scopes,
                rs.getTimestamp("created_at").toInstant(),
                used == null ? null : used.toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
