package dev.laurel.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The committed benchmark seeding script, {@code bench/seed-credentials.sql}, run by a test as psql runs it: so the
 * script the lead runs with 200,000 rows is the one tests run with a few thousand.
 */
public final class SeedScript {

    private SeedScript() {}

    /** Puts {@code count} seeded credentials into the organization (which has a badge and one issued credential). */
    public static void seed(DataSource dataSource, UUID organizationId, int count) {
        String script;
        try {
            script = Files.readString(Path.of("..", "bench", "seed-credentials.sql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sql = script.lines()
                .filter(line -> !line.startsWith("\\"))
                .collect(Collectors.joining("\n"))
                .replace(":'organization'", "'" + organizationId + "'")
                .replace(":count", Integer.toString(count));
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ByteArrayResource(sql.getBytes(StandardCharsets.UTF_8)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
