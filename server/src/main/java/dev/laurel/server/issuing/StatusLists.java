package dev.laurel.server.issuing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.status.BitstringStatusList;
import dev.laurel.credentials.status.BitstringStatusListCredential;
import dev.laurel.credentials.status.IndexAllocator;
import dev.laurel.credentials.status.StatusPurpose;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.signing.IssuerKeys;
import dev.laurel.server.signing.ProofFormat;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organization's status lists (W3C Bitstring Status List, 131,072 entries), one series per purpose — revocation
 * for every credential, suspension for credentials issued through the VC-API: a random free index for each new
 * credential, the bit set or cleared on a change, and the list credential re-signed on every change. Rows are locked
 * while they change, so any number of nodes can issue and revoke at once.
 */
@Component
class StatusLists {

    /** Where a new credential's status lives. */
    record Position(UUID listId, int index, String url) {}

    /** A signed list credential as served, with its version for ETags. */
    record SignedList(String json, long version, Instant updatedAt) {}

    private final JdbcClient jdbc;
    private final IssuerKeys issuers;
    private final LaurelSettings settings;
    private final Clock clock;
    private final IndexAllocator allocator = new IndexAllocator(new SecureRandom());

    StatusLists(JdbcClient jdbc, IssuerKeys issuers, LaurelSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.issuers = issuers;
        this.settings = settings;
        this.clock = clock;
    }

    String url(UUID listId) {
        return settings.url("/status/" + listId);
    }

    /**
     * {@code count} free indexes in the organization's open lists for {@code purpose} (a new list when there is none,
     * or it is full), in the caller's transaction: the organization's allocation lock is held until it ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Position> allocate(UUID organizationId, StatusPurpose purpose, int count) {
        return take(organizationId, purpose, count);
    }

    /**
     * {@code count} free indexes as {@link #allocate}, in a transaction of their own: many nodes and workers issuing at
     * once hold the organization's allocation lock only for this short transaction, not while they sign. Indexes of a
     * batch that then rolls back stay allocated and unused — never given to another credential.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    List<Position> allocateApart(UUID organizationId, StatusPurpose purpose, int count) {
        return take(organizationId, purpose, count);
    }

    private List<Position> take(UUID organizationId, StatusPurpose purpose, int count) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('status-lists:' || :org))")
                .param("org", organizationId.toString())
                .query((rs, row) -> null)
                .list();
        List<Position> positions = new ArrayList<>(count);
        while (positions.size() < count) {
            OpenList list = jdbc.sql("""
                            select id, allocated from status_lists
                            where organization_id = :org and purpose = :purpose and not is_full
                            order by created_at limit 1 for update
                            """)
                    .param("org", organizationId)
                    .param("purpose", purpose.value())
                    .query((rs, row) ->
                            new OpenList(rs.getObject("id", UUID.class), BitSet.valueOf(rs.getBytes("allocated"))))
                    .optional()
                    .orElseGet(() -> create(organizationId, purpose));
            boolean full = false;
            while (positions.size() < count && !full) {
                switch (allocator.allocate(BitstringStatusList.MINIMUM_ENTRIES, list.allocated())) {
                    case IndexAllocator.Allocation.Allocated allocated -> {
                        list.allocated().set(allocated.index());
                        positions.add(new Position(list.id(), allocated.index(), url(list.id())));
                        full = list.allocated().cardinality() >= BitstringStatusList.MINIMUM_ENTRIES;
                    }
                    case IndexAllocator.Allocation.Full ignored -> full = true;
                }
            }
            jdbc.sql("update status_lists set allocated = :allocated, is_full = :full where id = :id")
                    .param("allocated", list.allocated().toByteArray())
                    .param("full", full)
                    .param("id", list.id())
                    .update();
        }
        return positions;
    }

    /** Sets or clears a credential's bit and re-signs the list credential, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void set(UUID listId, int index, boolean flagged) {
        ListRow row = jdbc.sql(
                        "select organization_id, purpose, encoded_list from status_lists where id = :id for update")
                .param("id", listId)
                .query((rs, r) -> new ListRow(
                        rs.getObject("organization_id", UUID.class),
                        StatusPurpose.of(rs.getString("purpose")).orElseThrow(),
                        rs.getString("encoded_list")))
                .single();
        BitstringStatusList list =
                switch (BitstringStatusList.decode(row.encodedList(), 1)) {
                    case BitstringStatusList.Decoding.Decoded decoded -> decoded.list();
                    case BitstringStatusList.Decoding.Failed failed ->
                        throw new IllegalStateException(
                                "status list " + listId + " is unreadable: " + failed.message());
                };
        list.setStatus(index, flagged ? 1 : 0);
        store(listId, row.organizationId(), row.purpose(), list);
    }

    Optional<SignedList> signed(UUID listId) {
        return jdbc.sql("select signed_credential, version, updated_at from status_lists where id = :id")
                .param("id", listId)
                .query((rs, row) -> new SignedList(
                        rs.getString("signed_credential"),
                        rs.getLong("version"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    private OpenList create(UUID organizationId, StatusPurpose purpose) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into status_lists (id, organization_id, purpose, allocated, encoded_list,
                            signed_credential, version, is_full, created_at, updated_at)
                        values (:id, :org, :purpose, :allocated, '', '', 0, false, :now, :now)
                        """)
                .param("id", id)
                .param("org", organizationId)
                .param("purpose", purpose.value())
                .param("allocated", new byte[0])
                .param("now", Timestamp.from(clock.instant()))
                .update();
        store(id, organizationId, purpose, BitstringStatusList.create(BitstringStatusList.MINIMUM_ENTRIES, 1));
        return new OpenList(id, new BitSet());
    }

    private void store(UUID listId, UUID organizationId, StatusPurpose purpose, BitstringStatusList list) {
        ObjectNode credential = BitstringStatusListCredential.of(
                        url(listId), issuers.issuerDid(organizationId), purpose, list, clock)
                .toJson();
        String signed = issuers.sign(organizationId, credential, ProofFormat.DATA_INTEGRITY);
        jdbc.sql("""
                        update status_lists set encoded_list = :encoded, signed_credential = :signed,
                            version = version + 1, updated_at = :now
                        where id = :id
                        """)
                .param("encoded", list.encode())
                .param("signed", signed)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", listId)
                .update();
    }

    private record OpenList(UUID id, BitSet allocated) {}

    private record ListRow(UUID organizationId, StatusPurpose purpose, String encodedList) {}
}
