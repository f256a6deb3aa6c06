package dev.laurel.server.platform;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stops the start when the master key is not the one this database's signing keys were encrypted with: the first
 * start stores a check value encrypted under the key; every later start must decrypt it.
 */
@Component
@Order(0)
class MasterKeyCheck implements ApplicationRunner {

    static final byte[] CONTEXT = "laurel master key check".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = "laurel".getBytes(StandardCharsets.UTF_8);

    private final JdbcClient jdbc;
    private final MasterKey key;

    MasterKeyCheck(JdbcClient jdbc, MasterKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var stored = jdbc.sql("select value from platform_settings where name = 'master_key_check'")
                .query(byte[].class)
                .optional();
        if (stored.isEmpty()) {
            jdbc.sql(
                            "insert into platform_settings (name, value) values ('master_key_check', ?) on conflict do nothing")
                    .param(key.encrypt(VALUE, CONTEXT))
                    .update();
            return;
        }
        try {
            key.decrypt(stored.get(), CONTEXT);
        } catch (MasterKey.WrongMasterKeyException e) {
            throw new SettingException("LAUREL_MASTER_KEY is not the master key this database was set up with: the "
                    + "signing keys in it cannot be decrypted");
        }
    }
}
