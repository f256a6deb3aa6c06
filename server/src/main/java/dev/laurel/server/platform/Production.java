package dev.laurel.server.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The checks a production start makes before Spring starts: every required setting present and well formed, the
 * database reachable with the given credentials, the SMTP server reachable. Each failure names the setting.
 */
final class Production {

    private static final int TIMEOUT_MILLIS = 5000;

    /** Spring Boot's port, which a production start keeps unless {@code LAUREL_TLS_PORT} moves it. */
    private static final int DEFAULT_PORT = 8080;

    private Production() {}

    /**
     * The settings an operator command needs on a production database: the database (checked by connecting), the
     * master key and the base URL — not SMTP, which the command does not use.
     */
    static List<String> forAdmin(Map<String, String> env) {
        String dbUrl = required(env, "LAUREL_DB_URL", "the JDBC URL of the PostgreSQL database");
        String dbUser = required(env, "LAUREL_DB_USER", "the database user");
        String dbPassword = present(env, "LAUREL_DB_PASSWORD", "the database user's password");
        baseUrl(required(env, "LAUREL_BASE_URL", "the public URL of this Laurel"));
        MasterKey.fromSettings(env.get("LAUREL_MASTER_KEY"), env.get("LAUREL_MASTER_KEY_FILE"))
                .withPrevious(env.get("LAUREL_MASTER_KEY_PREVIOUS"));
        connectToDatabase(dbUrl, dbUser, dbPassword);
        return List.of(
                "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=" + dbUser,
                "--spring.datasource.password=" + dbPassword,
                "--laurel.base-url=" + env.get("LAUREL_BASE_URL").strip(),
                "--laurel.master-key=" + env.getOrDefault("LAUREL_MASTER_KEY", ""),
                "--laurel.master-key-file=" + env.getOrDefault("LAUREL_MASTER_KEY_FILE", ""));
    }

    /** Checks the environment; returns the arguments that select the production profile. */
    static List<String> check(Map<String, String> env) {
        String dbUrl = required(
                env,
                "LAUREL_DB_URL",
                "the JDBC URL of the PostgreSQL database, e.g. " + "jdbc:postgresql://db.example.org:5432/laurel");
        if (!dbUrl.startsWith("jdbc:postgresql://")) {
            throw new SettingException("LAUREL_DB_URL must be a PostgreSQL JDBC URL starting with jdbc:postgresql://, "
                    + "not '" + dbUrl + "'");
        }
        String dbUser = required(env, "LAUREL_DB_USER", "the database user");
        String dbPassword = present(env, "LAUREL_DB_PASSWORD", "the database user's password");
        String smtpHost = required(env, "LAUREL_SMTP_HOST", "the SMTP server that sends Laurel's mail");
        int smtpPort = port(env, "LAUREL_SMTP_PORT");
        String from = required(env, "LAUREL_SMTP_FROM", "the sender address of Laurel's mail, e.g. badges@example.org");
        if (!from.contains("@")) {
            throw new SettingException("LAUREL_SMTP_FROM must be an email address, not '" + from + "'");
        }
        baseUrl(required(env, "LAUREL_BASE_URL", "the public URL of this Laurel, e.g. https://badges.example.org"));
        MasterKey.fromSettings(env.get("LAUREL_MASTER_KEY"), env.get("LAUREL_MASTER_KEY_FILE"))
                .withPrevious(env.get("LAUREL_MASTER_KEY_PREVIOUS"));
        Tls tls = Tls.from(env);
        Network.check(env, tls, tls.port().orElse(DEFAULT_PORT));
        connectToDatabase(dbUrl, dbUser, dbPassword);
        connectToSmtp(smtpHost, smtpPort);
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=production"));
        arguments.addAll(tls.springArguments());
        tls.port().ifPresent(port -> arguments.add("--server.port=" + port));
        return arguments;
    }

    static URI baseUrl(String value) {
        try {
            URI uri = new URI(value);
            if ((!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new SettingException("LAUREL_BASE_URL must be an http(s) URL with a host, not '" + value + "'");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new SettingException("LAUREL_BASE_URL must not have a query or fragment: '" + value + "'");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new SettingException("LAUREL_BASE_URL is not a URL: '" + value + "'");
        }
    }

    private static String required(Map<String, String> env, String name, String meaning) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new SettingException(name + " is not set: it must be " + meaning);
        }
        return value.strip();
    }

    private static String present(Map<String, String> env, String name, String meaning) {
        String value = env.get(name);
        if (value == null) {
            throw new SettingException(name + " is not set: it must be " + meaning + " (it may be empty)");
        }
        return value;
    }

    private static int port(Map<String, String> env, String name) {
        String value = env.getOrDefault(name, "587").strip();
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingException(name + " must be a port number (1-65535), not '" + value + "'");
    }

    private static void connectToDatabase(String url, String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "5");
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new SettingException("LAUREL_DB_URL / LAUREL_DB_USER / LAUREL_DB_PASSWORD: cannot connect to " + url
                    + " as " + user + ": " + e.getMessage());
        }
    }

    private static void connectToSmtp(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
        } catch (IOException e) {
            throw new SettingException("LAUREL_SMTP_HOST / LAUREL_SMTP_PORT: cannot reach " + host + ":" + port + " ("
                    + e.getMessage() + ")");
        }
    }

    static String readFile(Path file, String setting) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new SettingException(setting + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
    }
}
