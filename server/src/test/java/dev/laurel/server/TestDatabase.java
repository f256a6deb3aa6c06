package dev.laurel.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;

/**
 * The PostgreSQL the server tests run against: the one named by {@code LAUREL_TEST_DB_URL} (with {@code
 * LAUREL_TEST_DB_USER} / {@code LAUREL_TEST_DB_PASSWORD}) when set — CI runs the suite against the machine's PostgreSQL
 * this way — and otherwise an embedded PostgreSQL started once for the whole test run, stopped after the last context
 * closed.
 */
public final class TestDatabase {

    private static String url;
    private static String user;
    private static String password;

    private TestDatabase() {}

    static synchronized void start() {
        if (url != null) {
            return;
        }
        String external = System.getenv("LAUREL_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            url = external;
            user = System.getenv().getOrDefault("LAUREL_TEST_DB_USER", "laurel");
            password = System.getenv().getOrDefault("LAUREL_TEST_DB_PASSWORD", "");
            return;
        }
        try {
            // stopped once the application contexts have closed (their last transactions and follow-up runs need the
            // database), not by a shutdown hook of its own racing them
            EmbeddedPostgres postgres =
                    EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            url = postgres.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "postgres";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL for the tests", e);
        }
    }

    public static String url() {
        start();
        return url;
    }

    public static String user() {
        start();
        return user;
    }

    public static String password() {
        start();
        return password;
    }
}
