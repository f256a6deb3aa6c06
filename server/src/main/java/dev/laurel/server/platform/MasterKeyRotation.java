package dev.laurel.server.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second half of a master key rotation: every value of every {@link SealedColumn}, encrypted under a previous key
 * ({@code LAUREL_MASTER_KEY_PREVIOUS}), is encrypted again under the current one, in one transaction, while the nodes
 * keep running (they decrypt with either key meanwhile). Values already under the current key are left as they are,
 * so running it twice does nothing more.
 */
@Service
public class MasterKeyRotation {

    private final JdbcClient jdbc;
    private final List<SealedColumn> columns;
    private final MasterKey key;

    MasterKeyRotation(JdbcClient jdbc, List<SealedColumn> columns, MasterKey key) {
        this.jdbc = jdbc;
        this.columns = columns;
        this.key = key;
    }

    /** Re-encrypts what a previous key encrypted; how many values each {@code table.column} had re-encrypted. */
    @Transactional
    public Map<String, Integer> reencrypt() {
        Map<String, Integer> done = new LinkedHashMap<>();
        for (SealedColumn sealed : columns) {
            int count = 0;
            List<Map.Entry<String, byte[]>> rows = jdbc.sql(
                            "select " + sealed.rowColumn() + "::text, " + sealed.column()
                                    + " from " + sealed.table() + " where " + sealed.column() + " is not null and ("
                                    + sealed.where() + ") for update")
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2)))
                    .list();
            for (Map.Entry<String, byte[]> row : rows) {
                byte[] context = sealed.context().apply(row.getKey());
                if (key.isCurrent(row.getValue(), context)) {
                    continue;
                }
                byte[] again = key.encrypt(key.decrypt(row.getValue(), context), context);
                jdbc.sql("update " + sealed.table() + " set " + sealed.column() + " = :value where "
                                + sealed.rowColumn() + "::text = :row")
                        .param("value", again)
                        .param("row", row.getKey())
                        .update();
                count++;
            }
            done.merge(sealed.table() + "." + sealed.column(), count, Integer::sum);
        }
        return done;
    }
}
