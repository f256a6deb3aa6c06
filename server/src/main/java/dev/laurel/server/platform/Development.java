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
 * laurel-data/postgres}, a master key generated once into {@code laurel-data/master.key}, and the base URL
 * http://localhost:PORT (https when {@code LAUREL_TLS_CERT_FILE} and {@code LAUREL_TLS_KEY_FILE} are set, see {@link
 * Tls}). Mail goes to the dev outbox page, and to SMTP too when {@code LAUREL_SMTP_HOST} is set.
 */
final class Development {

    private static EmbeddedPostgres database;

    private Development() {}

    static List<String> prepare(Path dataDirectory, int port, Map<String, String> env) {
        Path data = Launch.ensureDirectory(dataDirectory.toAbsolutePath());
        Path keyFile = masterKeyFile(data);
        Tls tls = Tls.from(env);
        int served = tls.port().orElse(port);
        EmbeddedPostgres postgres = start(data.resolve("postgres"));
        List<String> args = new ArrayList<>();
        args.add("--spring.profiles.active=dev");
        args.add("--server.port=" + served);
        args.addAll(tls.springArguments());
        args.add("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
        args.add("--spring.datasource.username=postgres");
        args.add("--spring.datasource.password=postgres");
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
     * {@code start-dev} when there is one (found from PostgreSQL's postmaster.pid), else an embedded PostgreSQL started
     * on the directory for the command; its master key and base URL.
     */
    static List<String> attach(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath();
        Path postgres = data.resolve("postgres");
        if (!Files.isDirectory(postgres) || !Files.exists(data.resolve("master.key"))) {
            throw new SettingException("--data-dir " + data
                    + " is not a Laurel data directory (run bin/laurel start-dev " + "once to create it)");
        }
        String url = runningServer(postgres).orElseGet(() -> start(postgres).getJdbcUrl("postgres", "postgres"));
        List<String> args = new ArrayList<>();
        args.add("--spring.datasource.url=" + url);
        args.add("--spring.datasource.username=postgres");
        args.add("--spring.datasource.password=postgres");
        args.add("--laurel.master-key-file=" + data.resolve("master.key"));
        args.add("--laurel.data-directory=" + data);
        Path baseUrl = data.resolve(BASE_URL_FILE);
        if (Files.exists(baseUrl)) {
            args.add("--laurel.base-url=" + Production.readFile(baseUrl, "--data-dir"));
        }
        return args;
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

    private static synchronized EmbeddedPostgres start(Path directory) {
        if (database == null) {
            try {
                database = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .start();
                // stopped once the application has closed (its last transactions and schedulers need the
                // database), not by a shutdown hook of its own racing the application's
                SpringApplication.getShutdownHandlers().add(Development::stop);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory, e);
            }
        }
        return database;
    }

    private static synchronized void stop() {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                System.err.println("laurel: stopping the embedded PostgreSQL failed: " + e.getMessage());
            }
            database = null;
        }
    }

    private static Path masterKeyFile(Path data) {
        Path file = data.resolve("master.key");
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, MasterKey.generate() + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the development master key " + file, e);
        }
    }
}
