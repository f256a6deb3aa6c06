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

    @Test
    void keepsTheManagementPortOffThePublicOne() {
        assertThatThrownBy(() -> Launch.prepare(new String[] {"start-dev", "--port", "8081"}, Map.of(), data))
                .isInstanceOf(SettingException.class)
                .hasMessageStartingWith("LAUREL_MANAGEMENT_PORT is 8081, the port Laurel serves its pages on");
        Map<String, String> env = complete();
        env.put("LAUREL_MANAGEMENT_PORT", "8080");
        assertThatThrownBy(() -> Launch.prepare(new String[] {"start"}, env, data))
                .hasMessageStartingWith("LAUREL_MANAGEMENT_PORT is 8080");
        env.put("LAUREL_MANAGEMENT_PORT", "metrics");
        assertThatThrownBy(() -> Launch.prepare(new String[] {"start"}, env, data))
                .hasMessageStartingWith("LAUREL_MANAGEMENT_PORT must be a port number");
    }

    @Test
    void namesATrustedProxyThatIsNoAddressRange() {
        for (String wrong :
                new String[] {"proxy.example.org", "10.0.0.0/33", "10.0.0.256", "2001:db8::/129", "10.0.0.0/x", "10.0.0"
                }) {
            Map<String, String> env = complete();
            env.put("LAUREL_TRUSTED_PROXIES", "192.0.2.1, " + wrong);
            assertThatThrownBy(() -> Launch.prepare(new String[] {"start"}, env, data))
                    .as(wrong)
                    .isInstanceOf(SettingException.class)
                    .hasMessageStartingWith("LAUREL_TRUSTED_PROXIES: '" + wrong + "' is not an IPv4 or IPv6 address");
        }
        assertThat(TrustedProxies.parse(" 10.0.0.0/8, 192.0.2.7 ,2001:db8::/32,::1")
                        .ranges())
                .containsExactly("10.0.0.0/8", "192.0.2.7/32", "2001:db8::/32", "::1/128");
        assertThat(TrustedProxies.parse("").none()).isTrue();
    }

    @Test
    void believesNoProxyWhenServingTlsItself() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.localhost(data);
        Map<String, String> env = complete();
        env.put("LAUREL_TLS_CERT_FILE", certificate.certificateFile().toString());
        env.put("LAUREL_TLS_KEY_FILE", certificate.keyFile().toString());
        env.put("LAUREL_TRUSTED_PROXIES", "10.0.0.0/8");
        assertThatThrownBy(() -> Launch.prepare(new String[] {"start"}, env, data))
                .isInstanceOf(SettingException.class)
                .hasMessageStartingWith("LAUREL_TRUSTED_PROXIES is set but Laurel serves TLS itself");
    }
}
