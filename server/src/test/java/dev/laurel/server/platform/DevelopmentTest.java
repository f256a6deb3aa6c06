package dev.laurel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code start-dev} shows everyone's sign-in links at /dev/mail: it listens on this machine alone unless {@code --host}
 * says otherwise, and its embedded PostgreSQL asks for a password that only the data directory's owner can read.
 */
class DevelopmentTest {

    @TempDir
    Path data;

    @AfterEach
    void stopTheDatabase() {
        Development.stop();
    }

    @Test
    void listensOnLoopbackUnlessToldWhereToListen() {
        List<String> loopback = List.of(Launch.prepare(new String[] {"start-dev", "--port", "18999"}, Map.of(), data)
                .springArguments());
        assertThat(loopback).contains("--server.address=127.0.0.1", "--server.port=18999");

        List<String> everywhere =
                List.of(Launch.prepare(new String[] {"start-dev", "--host", "0.0.0.0", "--port=18999"}, Map.of(), data)
                        .springArguments());
        assertThat(everywhere).contains("--server.address=0.0.0.0").doesNotContain("--host", "0.0.0.0");
        assertThat(everywhere.stream().filter(arg -> arg.startsWith("--server.address=")))
                .hasSize(1);

        assertThatThrownBy(() ->
                        Launch.prepare(new String[] {"start-dev", "--host", "no such host.invalid"}, Map.of(), data))
                .isInstanceOf(SettingException.class)
                .hasMessageStartingWith("--host must be an address of this machine");
    }

    @Test
    void itsDatabaseAsksForThePasswordKeptInTheDataDirectory() throws Exception {
        List<String> arguments = List.of(
                Launch.prepare(new String[] {"start-dev"}, Map.of(), data).springArguments());
        Path passwordFile = data.resolve("postgres.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                .isEqualTo("rw-------");
        String password = Files.readString(passwordFile).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(arguments).contains("--spring.datasource.password=" + password);
        String url = value(arguments, "--spring.datasource.url=");

        assertThatThrownBy(() -> DriverManager.getConnection(url).close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() ->
                        DriverManager.getConnection(url, "postgres", "postgres").close())
                .isInstanceOf(SQLException.class);
        try (Connection connection = DriverManager.getConnection(url, "postgres", password);
                ResultSet listening = connection.createStatement().executeQuery("show listen_addresses")) {
            listening.next();
            assertThat(listening.getString(1)).isEqualTo("localhost");
        }
        assertThat(rules()).doesNotContain("trust").contains("scram-sha-256");
    }

    @Test
    void givesADatabaseThatTrustedEveryConnectionItsPassword() throws Exception {
        Launch.prepare(new String[] {"start-dev"}, Map.of(), data);
        Development.stop();
        // as start-dev made them before it set a password
        Path rules = data.resolve("postgres").resolve("pg_hba.conf");
        Files.writeString(rules, "local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
        Files.delete(data.resolve("postgres.password"));

        List<String> arguments = List.of(
                Launch.prepare(new String[] {"start-dev"}, Map.of(), data).springArguments());
        String url = value(arguments, "--spring.datasource.url=");
        String password = Files.readString(data.resolve("postgres.password")).strip();
        assertThat(rules()).doesNotContain("trust");
        assertThatThrownBy(() -> DriverManager.getConnection(url).close()).isInstanceOf(SQLException.class);
        DriverManager.getConnection(url, "postgres", password).close();
    }

    private String rules() throws Exception {
        return Files.readAllLines(data.resolve("postgres").resolve("pg_hba.conf")).stream()
                .filter(line -> !line.strip().startsWith("#"))
                .reduce("", (all, line) -> all + line + "\n");
    }

    private static String value(List<String> arguments, String prefix) {
        return arguments.stream()
                .filter(arg -> arg.startsWith(prefix))
                .findFirst()
                .orElseThrow()
                .substring(prefix.length());
    }
}
