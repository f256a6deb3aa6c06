package dev.laurel.server.endorsements;

import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.status.BitstringStatusList;
import dev.laurel.credentials.status.BitstringStatusListCredential;
import dev.laurel.credentials.status.IndexAllocator;
import dev.laurel.credentials.status.StatusPurpose;
import dev.laurel.server.issuing.ServedStatusLists;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.signing.PlatformKey;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.BitSet;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revocation lists of endorsements (W3C Bitstring Status List, 131,072 entries), whoever signed them: one series,
 * signed by the platform key, so that an endorsement signed with any key — an organization's, a person's own — can be
 * withdrawn without it. The Bitstring spec lets a list's issuer differ from the credential's (the entry naming the list
 * is inside the signed endorsement), and the library's verifier accepts it. A random free index for each endorsement;
 * the bit set and the list re-signed on withdrawal; rows locked while they change, so any number of nodes can work at
 * once.
 */
@Component
class EndorsementStatusLists implements ServedStatusLists {

    /** Where an endorsement's status lives. */
    record Position(UUID listId, int index, String url) {}

    /** A signed list credential as served, with its version for ETags. */
    record SignedList(String json, long version, Instant updatedAt) {}

    private final JdbcClient jdbc;
    private final PlatformKey platform;
    private final LaurelSettings settings;
    private final Clock clock;
    private final IndexAllocator allocator = new IndexAllocator(new SecureRandom());

    EndorsementStatusLists(JdbcClient jdbc, PlatformKey platform, LaurelSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.platform = platform;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return settings.url("/endorsements/status/");
    }

    @Override
    public Optional<String> signed(UUID id) {
        return list(id).map(SignedList::json);
    }

    Optional<SignedList> list(UUID id) {
        return jdbc.sql("select signed_credential, version, updated_at from endorsement_status_lists where id = :id")
                .param("id", id)
                .query((rs, row) -> new SignedList(
                        rs.getString("signed_credential"),
                        rs.getLong("version"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** A free index, in the caller's transaction: the allocation lock is held until it ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    Position allocate() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('endorsement-status-lists'))")
                .query((rs, row) -> null)
                .list();
        while (true) {
            OpenList list = jdbc.sql("""
                            select id, allocated from endorsement_status_lists
                            where not is_full order by created_at limit 1 for update
                            """)
                    .query((rs, row) ->
                            new OpenList(rs.getObject("id", UUID.class), BitSet.valueOf(rs.getBytes("allocated"))))
                    .optional()
                    .orElseGet(this::create);
            switch (allocator.allocate(BitstringStatusList.MINIMUM_ENTRIES, list.allocated())) {
                case IndexAllocator.Allocation.Allocated allocated -> {
                    list.allocated().set(allocated.index());
                    mark(list, list.allocated().cardinality() >= BitstringStatusList.MINIMUM_ENTRIES);
                    return new Position(list.id(), allocated.index(), prefix() + list.id());
                }
                case IndexAllocator.Allocation.Full ignored -> mark(list, true);
            }
        }
    }

    /** Sets an endorsement's bit and re-signs the list credential, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void set(UUID listId, int index) {
        String encoded = jdbc.sql("select encoded_list from endorsement_status_lists where id = :id for update")
                .param("id", listId)
                .query(String.class)
                .single();
        BitstringStatusList list =
                switch (BitstringStatusList.decode(encoded, 1)) {
                    case BitstringStatusList.Decoding.Decoded decoded -> decoded.list();
                    case BitstringStatusList.Decoding.Failed failed ->
                        throw new IllegalStateException(
                                "endorsement status list " + listId + " is unreadable: " + failed.message());
                };
        list.setStatus(index, 1);
        store(listId, list);
    }

    private void mark(OpenList list, boolean full) {
        jdbc.sql("update endorsement_status_lists set allocated = :allocated, is_full = :full where id = :id")
                .param("allocated", list.allocated().toByteArray())
                .param("full", full)
                .param("id", list.id())
                .update();
    }

    private OpenList create() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into endorsement_status_lists (id, allocated, encoded_list, signed_credential, version,
                            is_full, created_at, updated_at)
                        values (:id, :allocated, '', '', 0, false, :now, :now)
                        """)
                .param("id", id)
                .param("allocated", new byte[0])
                .param("now", Timestamp.from(clock.instant()))
                .update();
        store(id, BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 1));
        return new OpenList(id, new BitSet());
    }

    private void store(UUID listId, BitstringStatusList list) {
        var credential = BitstringStatusListCredential.of(
                        prefix() + listId, platform.did(), StatusPurpose.REVOCATION, list, clock)
                .toJson();
        jdbc.sql("""
                        update endorsement_status_lists set encoded_list = :encoded, signed_credential = :signed,
                            version = version + 1, updated_at = :now
                        where id = :id
                        """)
                .param("encoded", list.encode())
                .param("signed", Json.write(platform.sign(credential)))
                .param("now", Timestamp.from(clock.instant()))
                .param("id", listId)
                .update();
    }

    private record OpenList(UUID id, BitSet allocated) {}
}
