package dev.laurel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A production start checks each setting and names the one that is missing or wrong. */
class LaunchTest {

    @TempDir
    java.nio.file.Path data;

    static Map<String, String> complete() {
        Map<String, String> env = new HashMap<>();
        env.put("LAUREL_DB_URL", "jdbc:postgresql://127.0.0.1:1/laurel");
        env.put("LAUREL_DB_USER", "laurel");
        env.put("LAUREL_DB_PASSWORD", "secret");
        env.put("LAUREL_SMTP_HOST", "127.0.0.1");
        env.put("LAUREL_SMTP_PORT", "1");
        env.put("LAUREL_SMTP_FROM", "badges@example.org");
        env.put("LAUREL_BASE_URL", "https://badges.example.org");
        env.put("LAUREL_MASTER_KEY", MasterKey.generate());
        return env;
    }

    @Test
    void namesEachMissingSetting() {
        for (String name : new String[] {
            "LAUREL_DB_URL",
            "LAUREL_DB_USER",
            "LAUREL_DB_PASSWORD",
            "LAUREL_SMTP_HOST",
            "LAUREL_SMTP_FROM",
            "LAUREL_BASE_URL",
            "LAUREL_MASTER_KEY"
        }) {
            Map<String, String> env = complete();
            env.remove(name);
            assertThatThrownBy(() -> Launch.prepare(new String[] {"start"}, env, data))
                    .as(name)
                    .isInstanceOf(SettingException.class)
                    .hasMessageStartingWith(name);
        }
    }

    @Test
    void namesEachWrongSetting() {
        Map<String, Object[]> wrong = Map.of(
                "LAUREL_DB_URL", new Object[] {"mysql://db/laurel", "PostgreSQL JDBC URL"},
                "LAUREL_SMTP_PORT", new Object[] {"smtp", "port number"},
                "LAUREL_SMTP_FROM", new Object[] {"nobody", "email address"},
                "LAUREL_BASE_URL", new Object[] {"ftp://x", "http(s) URL"},
                "LAUREL_MASTER_KEY", new Object[] {"c2hvcnQ=", "32 bytes"});
        wrong.forEach((name, value) -> {
            Map<String, String> env = complete();
            env.put(name, (String) value[0]);
            assertThatThrownBy(() -> Launch.prepare(new String[] {"start"}, env, data))
                    .as(name)
                    .isInstanceOf(SettingException.class)
                    .hasMessageContaining(name)
                    .hasMessageContaining((String) value[1]);
        });
    }

    @Test
    void triesTheDatabaseBeforeStartingAndSaysWhichSettingsToCheck() {
        assertThatThrownBy(() -> Launch.prepare(new String[] {"start"}, complete(), data))
                .isInstanceOf(SettingException.class)
                .hasMessageContaining("LAUREL_DB_URL / LAUREL_DB_USER / LAUREL_DB_PASSWORD: cannot connect");
    }

    @Test
    void readsTheMasterKeyFromAFile() throws Exception {
        java.nio.file.Path file = data.resolve("master.key");
        java.nio.file.Files.writeString(file, MasterKey.generate() + "\n", StandardCharsets.UTF_8);
        MasterKey key = MasterKey.fromSettings(null, file.toString());
        byte[] sealed = key.encrypt("secret".getBytes(StandardCharsets.UTF_8), "row".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(key.decrypt(sealed, "row".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                .isEqualTo("secret");
        assertThatThrownBy(() -> key.decrypt(sealed, "another row".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MasterKey.WrongMasterKeyException.class);
        assertThatThrownBy(
                        () -> MasterKey.fromSettings(MasterKey.generate(), null).decrypt(sealed, "row".getBytes()))
                .isInstanceOf(MasterKey.WrongMasterKeyException.class);
    }

    @Test
    void refusesAnUnknownCommandAndABadPort() {
        assertThatThrownBy(() -> Launch.prepare(new String[] {"launch"}, complete(), data))
                .hasMessageContaining("unknown command 'launch'");
        assertThatThrownBy(() -> Launch.prepare(new String[] {"start-dev", "--port", "99999"}, Map.of(), data))
                .hasMessageContaining("--port must be a port number");
    }
}
