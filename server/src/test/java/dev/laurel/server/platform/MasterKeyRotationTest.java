package dev.laurel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotating the master key without stopping: nodes started with the new key and the old one as previous decrypt both;
 * the re-encryption then leaves every sealed value decryptable by the new key alone, and the old key decrypts none.
 * (Done in a transaction that is rolled back: the suite's other tests go on with the old key.)
 */
class MasterKeyRotationTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<SealedColumn> columns;

    @Test
    void aPreviousKeyStillDecryptsWhatItEncrypted() {
        MasterKey old = new MasterKey(Base64.getDecoder().decode(MASTER_KEY));
        String fresh = MasterKey.generate();
        MasterKey rotated = new MasterKey(Base64.getDecoder().decode(fresh)).withPrevious(MASTER_KEY);
        byte[] sealed = old.encrypt("secret".getBytes(), "row 1".getBytes());

        assertThat(rotated.decrypt(sealed, "row 1".getBytes())).isEqualTo("secret".getBytes());
        assertThat(rotated.isCurrent(sealed, "row 1".getBytes())).isFalse();
        assertThat(rotated.isCurrent(rotated.encrypt("x".getBytes(), "row 1".getBytes()), "row 1".getBytes()))
                .isTrue();
        assertThatThrownBy(() -> rotated.decrypt(sealed, "row 2".getBytes()))
                .isInstanceOf(MasterKey.WrongMasterKeyException.class);
        assertThatThrownBy(() -> rotated.withPrevious("not base64!"))
                .isInstanceOf(SettingException.class)
                .hasMessageContaining("LAUREL_MASTER_KEY_PREVIOUS");
    }

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void reencryptsEverySealedValueUnderTheNewKey() {
        Scenario.issuer(port, jdbc, "Rotating Polytechnic"); // one more organization signing key, at least
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(transaction -> {
            reencryptEverything();
            transaction.setRollbackOnly();
        });
    }

    private void reencryptEverything() {
        MasterKey old = new MasterKey(Base64.getDecoder().decode(MASTER_KEY));
        byte[] fresh = Base64.getDecoder().decode(MasterKey.generate());
        MasterKey rotated = new MasterKey(fresh).withPrevious(MASTER_KEY);

        Map<String, Integer> done = new MasterKeyRotation(jdbc, columns, rotated).reencrypt();

        assertThat(done).containsKeys("signing_keys.encrypted_secret", "platform_settings.value");
        assertThat(done.get("signing_keys.encrypted_secret")).isPositive();
        assertThat(done.get("platform_settings.value")).isEqualTo(1);
        MasterKey alone = new MasterKey(fresh);
        int checked = 0;
        for (SealedColumn column : columns) {
            List<Map.Entry<String, byte[]>> rows = jdbc.sql("select " + column.rowColumn() + "::text, "
                            + column.column() + " from " + column.table() + " where " + column.column()
                            + " is not null and (" + column.where() + ")")
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2)))
                    .list();
            for (Map.Entry<String, byte[]> row : rows) {
                byte[] context = column.context().apply(row.getKey());
                assertThat(alone.isCurrent(row.getValue(), context))
                        .as(column.table() + " " + row.getKey())
                        .isTrue();
                assertThatThrownBy(() -> old.decrypt(row.getValue(), context))
                        .isInstanceOf(MasterKey.WrongMasterKeyException.class);
                checked++;
            }
        }
        assertThat(checked)
                .isGreaterThanOrEqualTo(
                        done.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(new MasterKeyRotation(jdbc, columns, rotated).reencrypt().values())
                .as("a second run finds nothing to do")
                .containsOnly(0);
    }
}
