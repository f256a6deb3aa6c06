package dev.laurel.server.backpack;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every earner's collections: named, ordered sets of their backpack's items, each with a public link ({@code /s/ID},
 * its id unguessable). An item appears at most once in a collection.
 */
@Repository
class BadgeCollections {

    /**
     * A collection.
     *
     * @param itemIds its items, in order
     */
    record BadgeCollection(
            UUID id, UUID accountId, String name, String description, Instant createdAt, List<UUID> itemIds) {}

    private final JdbcClient jdbc;

    BadgeCollections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BadgeCollection> of(UUID accountId) {
        return jdbc
                .sql("select id from backpack_collections where account_id = :account order by created_at, id")
                .param("account", accountId)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    Optional<BadgeCollection> find(UUID id) {
        List<UUID> itemIds = jdbc.sql("select item_id from backpack_collection_items where collection_id = :id "
                        + "order by position, item_id")
                .param("id", id)
                .query(UUID.class)
                .list();
        return jdbc.sql("select id, account_id, name, description, created_at from backpack_collections where id = :id")
                .param("id", id)
                .query((rs, row) -> new BadgeCollection(
                        rs.getObject("id", UUID.class),
                        rs.getObject("account_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("description"),
                        rs.getTimestamp("created_at").toInstant(),
                        itemIds))
                .optional();
    }

    UUID create(UUID accountId, String name, String description, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into backpack_collections (id, account_id, name, description, created_at) "
                        + "values (:id, :account, :name, :description, :at)")
                .param("id", id)
                .param("account", accountId)
                .param("name", name)
                .param("description", description)
                .param("at", Timestamp.from(at))
                .update();
        return id;
    }

    /** Appends the item at the end; nothing when it is in the collection already. */
    void add(UUID collectionId, UUID itemId) {
        jdbc.sql("insert into backpack_collection_items (collection_id, item_id, position) values (:collection, :item, "
                        + "(select coalesce(max(position), 0) + 1 from backpack_collection_items "
                        + "where collection_id = :collection)) on conflict do nothing")
                .param("collection", collectionId)
                .param("item", itemId)
                .update();
    }

    void remove(UUID collectionId, UUID itemId) {
        jdbc.sql("delete from backpack_collection_items where collection_id = :collection and item_id = :item")
                .param("collection", collectionId)
                .param("item", itemId)
                .update();
    }

    /** Moves the item one place up ({@code -1}) or down ({@code +1}), renumbering the collection. */
    @Transactional
    void move(UUID collectionId, UUID itemId, int direction) {
        List<UUID> order =
                new java.util.ArrayList<>(find(collectionId).orElseThrow().itemIds());
        int at = order.indexOf(itemId);
        int to = at + Integer.signum(direction);
        if (at < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.set(at, order.get(to));
        order.set(to, itemId);
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("update backpack_collection_items set position = :position where collection_id = :collection "
                            + "and item_id = :item")
                    .param("position", i + 1)
                    .param("collection", collectionId)
                    .param("item", order.get(i))
                    .update();
        }
    }

    void delete(UUID collectionId) {
        jdbc.sql("delete from backpack_collections where id = :id")
                .param("id", collectionId)
                .update();
    }
}
