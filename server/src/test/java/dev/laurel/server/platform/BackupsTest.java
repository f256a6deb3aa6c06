package dev.laurel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.credentials.json.Json;
import dev.laurel.server.ChildNode;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.TestDatabase;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A backup restored into a new data directory serves what was there: a Laurel started on it (another JVM, with the
 * restored master key and base URL) verifies a credential issued before the backup, and holds the same signing keys
 * and status lists.
 */
class BackupsTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path directory;

    Process node;

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.destroyForcibly().waitFor();
        }
        Development.stop();
    }

    @Test
    void aRestoredBackupServesACredentialIssuedBefore() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Backed Up College");
        UUID badge = Scenario.badge(issuer, "Restored Badge", "di");
        UUID credential = Scenario.issue(issuer, badge, "Rosa Restore", uniqueEmail("rosa"));
        String document = jdbc.sql("select document from credentials where id = :id")
                .param("id", credential)
                .query(String.class)
                .single();

        Path file = directory.resolve("laurel.backup");
        try (Connection connection =
                        DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
                OutputStream out = Files.newOutputStream(file)) {
            Backups.write(connection, MASTER_KEY + "\n", "http://localhost:" + PORT, out, Clock.systemUTC());
        }
        Path restored = directory.resolve("restored");
        Backups.Summary summary = Backups.restore(file, restored);
        assertThat(summary.rows()).isPositive();
        assertThat(Files.readString(restored.resolve("master.key")).strip()).isEqualTo(MASTER_KEY);
        assertThatThrownBy(() -> Backups.restore(file, restored))
                .isInstanceOf(SettingException.class)
                .hasMessageContaining("is not empty: restore into a new directory");

        Development.Database database = Development.database(restored);
        JdbcClient copy = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                database.url(), database.user(), database.password()));
        for (String table : List.of("signing_keys", "status_lists")) {
            String sql = "select md5(string_agg(t::text, ',' order by t::text)) from " + table
                    + " t where organization_id = :org";
            assertThat(copy.sql(sql)
                            .param("org", issuer.organizationId())
                            .query(String.class)
                            .single())
                    .as(table)
                    .isEqualTo(jdbc.sql(sql)
                            .param("org", issuer.organizationId())
                            .query(String.class)
                            .single());
        }

        node = start(database, restored);
        String report = verify(awaitPort(), document);
        assertThat(Json.parse(report).get("verified").asBoolean()).as(report).isTrue();
    }

    /** Laurel on the restored database, its master key and base URL, doing no background work. */
    private static Process start(Development.Database database, Path data) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-cp",
                classpath,
                ChildNode.class.getName(),
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--laurel.master-key-file=" + data.resolve("master.key"),
                "--laurel.base-url="
                        + Files.readString(data.resolve("base-url")).strip(),
                "--laurel.scheduling=false",
                "--logging.level.org.springframework.boot.web=INFO");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(new File("target/node-restored.log"))
                .start();
    }

    private int awaitPort() throws Exception {
        Path log = Path.of("target/node-restored.log");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(node.isAlive())
                    .as("the restored node runs: " + Files.readString(log))
                    .isTrue();
            for (String line : Files.readAllLines(log)) {
                if (line.contains(" Started ChildNode") || line.contains(" Started LaurelServer")) {
                    return Files.readAllLines(log).stream()
                            .filter(l -> l.contains("Tomcat started on port "))
                            .map(l -> l.substring(l.indexOf("Tomcat started on port ") + 23))
                            .map(l -> Integer.parseInt(l.substring(0, l.indexOf(' '))))
                            .findFirst()
                            .orElseThrow();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the restored node did not start: " + Files.readString(log));
    }

    private static String verify(int port, String credential) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/verify"))
                                .header("Accept", "application/json")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "credential=" + URLEncoder.encode(credential, StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
