package dev.laurel.server.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;

/**
 * A development start: PostgreSQL in-process (binaries from Maven Central) with its data in {@code
 * laurel-data/postgres}, on loopback, its superuser's password generated once into {@code laurel-data/postgres.password}
 * (owner-only, like the master key in {@code laurel-data/master.key}); Laurel on 127.0.0.1 unless {@code --host} says
 * otherwise (its dev outbox shows everyone's sign-in links), with the base URL http://localhost:PORT (https when
 * {@code LAUREL_TLS_CERT_FILE} and {@code LAUREL_TLS_KEY_FILE} are set, see {@link Tls}). Mail goes to the dev outbox
 * page, and to SMTP too when {@code LAUREL_SMTP_HOST} is set.
 */
final class Development {

    private static EmbeddedPostgres database;

    /** Stops {@link #database} if this JVM dies without doing so; empty where it cannot run. */
    private static java.util.Optional<Process> watchdog = java.util.Optional.empty();

    private Development() {}

    /** The address a development start listens on unless {@code --host} says otherwise: this machine alone. */
    static final String HOST = "127.0.0.1";

    /** The file in the data directory that holds the embedded PostgreSQL's superuser password. */
    static final String PASSWORD_FILE = "postgres.password";

    static List<String> prepare(Path dataDirectory, int port, String host, Map<String, String> env) {
        Path data = Launch.ensureDirectory(dataDirectory.toAbsolutePath());
        DataDirectoryLock.take(data).ifPresent(holder -> {
            throw new SettingException(data + " is in use by a running Laurel (process " + holder
                    + "): stop it first, or start from another directory");
        });
        Path keyFile = secretFile(data.resolve("master.key"), MasterKey::generate);
        Tls tls = Tls.from(env);
        int served = tls.port().orElse(port);
        Network.check(env, tls, served);
        Path passwordFile = secretFile(data.resolve(PASSWORD_FILE), Development::newPassword);
        EmbeddedPostgres postgres = start(data.resolve("postgres"), passwordFile);
        List<String> args = new ArrayList<>();
        args.add("--spring.profiles.active=dev");
        args.add("--server.address=" + host);
        args.add("--server.port=" + served);
        args.addAll(tls.springArguments());
        args.add("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
        args.add("--spring.datasource.username=postgres");
        args.add("--spring.datasource.password=" + Production.readFile(passwordFile, PASSWORD_FILE));
        args.add("--laurel.master-key-file=" + keyFile);
        args.add("--laurel.data-directory=" + data);
        String smtp = env.get("LAUREL_SMTP_HOST");
        if (smtp != null && !smtp.isBlank()) {
            args.add("--spring.mail.host=" + smtp.strip());
            args.add("--spring.mail.port="
                    + env.getOrDefault("LAUREL_SMTP_PORT", "25").strip());
            args.add("--spring.mail.username=" + env.getOrDefault("LAUREL_SMTP_USER", ""));
            args.add("--spring.mail.password=" + env.getOrDefault("LAUREL_SMTP_PASSWORD", ""));
        }
        String baseUrl = env.getOrDefault("LAUREL_BASE_URL", tls.scheme() + "://localhost:" + served);
        args.add("--laurel.base-url=" + Production.baseUrl(baseUrl));
        write(data.resolve(BASE_URL_FILE), baseUrl + "\n");
        return args;
    }

    /** Where a development start records its base URL, for operator commands run beside it. */
    static final String BASE_URL_FILE = "base-url";

    /**
     * The settings an operator command needs to work on a development data directory: the database of the running
     * {@code start-dev} when there is one (it holds the directory's lock; its PostgreSQL is found from postmaster.pid),
     * else an embedded PostgreSQL started on the directory for the command, which holds the lock meanwhile; its master
     * key and base URL.
     */
    static List<String> attach(Path dataDirectory) {
        Path data = requireDataDirectory(dataDirectory.toAbsolutePath());
        Database database = database(data);
        List<String> args = new ArrayList<>();
        args.add("--spring.datasource.url=" + database.url());
        args.add("--spring.datasource.username=" + database.user());
        args.add("--spring.datasource.password=" + database.password());
        args.add("--laurel.master-key-file=" + data.resolve("master.key"));
        args.add("--laurel.data-directory=" + data);
        Path baseUrl = data.resolve(BASE_URL_FILE);
        if (Files.exists(baseUrl)) {
            args.add("--laurel.base-url=" + Production.readFile(baseUrl, "--data-dir"));
        }
        return args;
    }

    /** {@code data}, when it is a development data directory. */
    static Path requireDataDirectory(Path data) {
        if (!Files.isDirectory(data.resolve("postgres")) || !Files.exists(data.resolve("master.key"))) {
            throw new SettingException("--data-dir " + data
                    + " is not a Laurel data directory (run bin/laurel start-dev once to create it)");
        }
        return data;
    }

    /** Where an operator command reaches a development database, as its superuser. */
    record Database(String url, String user, String password) {

        java.sql.Connection connect() throws java.sql.SQLException {
            return java.sql.DriverManager.getConnection(url, user, password);
        }
    }

    /**
     * The database of the data directory {@code data}: the running start-dev's when there is one (it holds the
     * directory's lock), else an embedded PostgreSQL started on the directory for this command (created when new),
     * which holds the lock meanwhile.
     */
    static Database database(Path data) {
        Path postgres = data.resolve("postgres");
        Path passwordFile = secretFile(data.resolve(PASSWORD_FILE), Development::newPassword);
        String url = DataDirectoryLock.take(data)
                .flatMap(liveLaurel -> runningServer(postgres))
                .orElseGet(() -> start(postgres, passwordFile).getJdbcUrl("postgres", "postgres"));
        return new Database(url, "postgres", Production.readFile(passwordFile, PASSWORD_FILE));
    }

    /** The JDBC URL of the PostgreSQL already running on {@code directory}, if one is. */
    private static java.util.Optional<String> runningServer(Path directory) {
        Path pid = directory.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return java.util.Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pid);
            long process = Long.parseLong(lines.get(0).strip());
            int port = Integer.parseInt(lines.get(3).strip());
            if (ProcessHandle.of(process).map(ProcessHandle::isAlive).orElse(false)) {
                return java.util.Optional.of("jdbc:postgresql://localhost:" + port + "/postgres");
            }
        } catch (IOException | RuntimeException e) {
            // a stale or unreadable pid file: start our own
        }
        return java.util.Optional.empty();
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Starts the embedded PostgreSQL on {@code directory}, listening on loopback only: a new one is created with
     * password authentication (scram-sha-256) for every connection, its superuser's password the one in {@code
     * passwordFile}; one created before Laurel set a password (every connection trusted) gets the password and the same
     * rules on its first start here.
     */
    private static synchronized EmbeddedPostgres start(Path directory, Path passwordFile) {
        if (database == null) {
            if (Files.isDirectory(directory)) {
                LeftoverPostmaster.clear(directory).ifPresent(done -> System.err.println("laurel: " + done));
            }
            String password = Production.readFile(passwordFile, PASSWORD_FILE);
            try {
                database = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .setServerConfig("listen_addresses", "localhost")
                        // initdb's options (used only when the directory is new): override its -A trust
                        .setLocaleConfig("auth", "scram-sha-256")
                        .setLocaleConfig("pwfile", passwordFile.toString())
                        .setConnectConfig("password", password)
                        .start();
                // stopped once the application has closed (its last transactions and schedulers need the
                // database), not by a shutdown hook of its own racing the application's
                SpringApplication.getShutdownHandlers().add(Development::stop);
                watchdog = Watchdog.watch(directory);
                requirePassword(database, directory, password);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory, e);
            }
        }
        return database;
    }

    /** The client authentication rules of the embedded PostgreSQL: loopback only, always with the password. */
    private static final String PASSWORD_RULES = """
            # Laurel's start-dev: connections from this machine only, each with the superuser's password, which is in
            # the data directory's postgres.password
            local all all scram-sha-256
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    /** Gives a PostgreSQL created when start-dev trusted every connection its password, then asks for it. */
    private static void requirePassword(EmbeddedPostgres postgres, Path directory, String password) throws IOException {
        Path rules = directory.resolve("pg_hba.conf");
        boolean trusting = Files.readAllLines(rules).stream()
                .map(String::strip)
                .filter(line -> !line.startsWith("#"))
                .anyMatch(line -> List.of(line.split("\\s+")).contains("trust"));
        if (!trusting) {
            return;
        }
        try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            Files.writeString(rules, PASSWORD_RULES);
            statement.execute("select pg_reload_conf()");
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot give the embedded PostgreSQL its password: " + e.getMessage(), e);
        }
    }

    static synchronized void stop() {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                System.err.println("laurel: stopping the embedded PostgreSQL failed: " + e.getMessage());
            }
            database = null;
        }
        watchdog.ifPresent(Process::destroy);
        watchdog = java.util.Optional.empty();
        DataDirectoryLock.releaseAll();
    }

    /** A password for the embedded PostgreSQL's superuser: 24 random bytes, base64url. */
    private static String newPassword() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code file}, written once with a new secret readable by its owner alone. */
    private static Path secretFile(Path file, java.util.function.Supplier<String> secret) {
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, secret.get() + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
