package dev.laurel.server.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Backups of a development data directory, and restores into a new one: one zip file holding every table of the
 * database (PostgreSQL's COPY format, read in one repeatable-read transaction, so a running Laurel may keep working),
 * the sequences, the schema version, the master key (signing keys are encrypted with it) and the base URL (the issuer
 * DIDs and credential ids are made of it). A restore migrates a new database up to the backup's schema version, loads
 * every table and sets the sequences; a newer Laurel then migrates it further on its first start. The file holds the
 * master key: keep it as safe as the data directory. Not thread-safe; one run per process.
 */
public final class Backups {

    /** What a backup or restore did. */
    public record Summary(String schemaVersion, int tables, long rows) {}

    private static final String MANIFEST = "laurel-backup.properties";
    private static final String FORMAT = "1";
    private static final String HISTORY = "flyway_schema_history";

    private Backups() {}

    /** Backs up the start-dev data directory {@code dataDirectory} (running or not) into {@code out}. */
    public static Summary backup(Path dataDirectory, Path out, Clock clock) {
        Path data = Development.requireDataDirectory(dataDirectory.toAbsolutePath());
        Development.Database database = Development.database(data);
        Path partial = out.toAbsolutePath().resolveSibling(out.getFileName() + ".partial");
        try (Connection connection = database.connect();
                OutputStream file = Files.newOutputStream(partial)) {
            Summary summary = write(
                    connection,
                    Files.readString(data.resolve("master.key")),
                    read(data.resolve(Development.BASE_URL_FILE)),
                    file,
                    clock);
            file.close();
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database: " + e.getMessage(), e);
        } finally {
            Development.stop();
        }
    }

    /**
     * Restores {@code in} into {@code dataDirectory}, which must not exist or be empty: its master key and base URL,
     * a new embedded PostgreSQL (with a new password) holding the backup's data.
     */
    public static Summary restore(Path in, Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath();
        try (ZipFile zip = new ZipFile(in.toFile())) {
            Properties manifest = manifest(zip);
            if (Files.exists(data) && !isEmpty(data)) {
                throw new SettingException("--data-dir " + data + " is not empty: restore into a new directory");
            }
            Launch.ensureDirectory(data);
            Files.writeString(data.resolve("master.key"), entry(zip, "master.key"));
            if (zip.getEntry(Development.BASE_URL_FILE) != null) {
                Files.writeString(data.resolve(Development.BASE_URL_FILE), entry(zip, Development.BASE_URL_FILE));
            }
            restrict(data.resolve("master.key"));
            Development.Database database = Development.database(data);
            try (Connection connection = database.connect()) {
                return load(zip, manifest, database, connection);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + in, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the database: " + e.getMessage(), e);
        } finally {
            Development.stop();
        }
    }

    /** Writes the backup of the database on {@code connection}, with the master key and base URL given. */
    static Summary write(Connection connection, String masterKey, String baseUrl, OutputStream out, Clock clock)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long rows = 0;
        List<String> tables = names(
                connection, "select tablename from pg_tables where schemaname = 'public'" + " order by tablename");
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                rows += copy.copyOut("copy public." + quote(table) + " to stdout", new Unclosed(zip));
                zip.closeEntry();
            }
            Properties sequences = new Properties();
            try (Statement statement = connection.createStatement();
                    ResultSet found = statement.executeQuery("select sequencename, last_value from pg_sequences"
                            + " where schemaname = 'public' and last_value is not null")) {
                while (found.next()) {
                    sequences.setProperty(found.getString(1), Long.toString(found.getLong(2)));
                }
            }
            zip.putNextEntry(new ZipEntry("sequences.properties"));
            sequences.store(new Unclosed(zip), null);
            zip.closeEntry();
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("schema-version", schemaVersion(connection));
            manifest.setProperty("taken-at", clock.instant().toString());
            manifest.setProperty("tables", Integer.toString(tables.size()));
            manifest.setProperty("rows", Long.toString(rows));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(new Unclosed(zip), "a Laurel backup: laurel admin restore --from FILE --data-dir NEW");
            zip.closeEntry();
            text(zip, "master.key", masterKey);
            if (baseUrl != null) {
                text(zip, Development.BASE_URL_FILE, baseUrl);
            }
        } finally {
            connection.rollback();
        }
        return new Summary(schemaVersion(connection), tables.size(), rows);
    }

    /** Migrates the database on {@code connection} to the backup's schema version and loads every table into it. */
    static Summary load(ZipFile zip, Properties manifest, Development.Database database, Connection connection)
            throws SQLException, IOException {
        String version = manifest.getProperty("schema-version");
        Flyway flyway = Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration")
                .target(version)
                .load();
        SchemaVersions.refuseNewer(flyway);
        flyway.migrate();
        if (!schemaVersion(connection).equals(version)) {
            throw new SettingException("the backup's schema version " + version
                    + " is newer than this Laurel knows: restore it with the Laurel version that took it, or newer");
        }
        connection.setAutoCommit(false);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<String> tables = new ArrayList<>();
        zip.stream()
                .map(ZipEntry::getName)
                .filter(name -> name.startsWith("tables/") && name.endsWith(".copy"))
                .map(name -> name.substring("tables/".length(), name.length() - ".copy".length()))
                .filter(table -> !table.equals(HISTORY))
                .forEach(tables::add);
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            // the rows go in as they were: no foreign key or trigger runs while loading
            statement.execute("set local session_replication_role = replica");
            statement.execute("truncate "
                    + String.join(
                            ", ", tables.stream().map(t -> "public." + quote(t)).toList()));
            for (String table : tables) {
                try (InputStream rowsIn = zip.getInputStream(zip.getEntry("tables/" + table + ".copy"))) {
                    rows += copy.copyIn("copy public." + quote(table) + " from stdin", rowsIn);
                }
            }
            Properties sequences = new Properties();
            try (InputStream in = zip.getInputStream(zip.getEntry("sequences.properties"))) {
                sequences.load(in);
            }
            for (String sequence : sequences.stringPropertyNames()) {
                statement.execute("select setval('public." + quote(sequence) + "', "
                        + Long.parseLong(sequences.getProperty(sequence)) + ", true)");
            }
        }
        connection.commit();
        return new Summary(version, tables.size() + 1, rows);
    }

    static Properties manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new SettingException(zip.getName() + " is not a Laurel backup (it has no " + MANIFEST + ")");
        }
        Properties manifest = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            manifest.load(in);
        }
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new SettingException(zip.getName() + " is a backup of format " + manifest.getProperty("format")
                    + ", which this Laurel does not read");
        }
        return manifest;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("select version from " + HISTORY
                        + " where success and version is not null order by installed_rank desc limit 1")) {
            if (!version.next()) {
                throw new SettingException("the database has no Laurel schema (start Laurel on it once)");
            }
            return version.getString(1);
        }
    }

    private static List<String> names(Connection connection, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery(sql)) {
            while (found.next()) {
                names.add(found.getString(1));
            }
        }
        return names;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String entry(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new SettingException(zip.getName() + " has no " + name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : null;
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (var entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void restrict(Path file) throws IOException {
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    /** The zip stream, for a writer that closes what it is given. */
    private static final class Unclosed extends java.io.FilterOutputStream {

        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
