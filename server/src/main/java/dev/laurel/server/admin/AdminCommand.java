package dev.laurel.server.admin;

import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.platform.Backups;
import dev.laurel.server.platform.Launch;
import dev.laurel.server.platform.SettingException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code laurel admin}: operator commands on the database of a running or stopped Laurel — a development data
 * directory ({@code --data-dir}, also while start-dev runs) or the production {@code LAUREL_*} settings. Each prints one
 * JSON object on stdout; everything else goes to stderr. Exit codes: 0 done, 2 a usage or setting error.
 */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Operator commands: bootstrap an organization, manage API keys, back up and restore.",
        subcommands = {
            AdminCommand.Bootstrap.class,
            AdminCommand.ApiKey.class,
            AdminCommand.Backup.class,
            AdminCommand.Restore.class,
            AdminCommand.ReencryptSecrets.class
        })
public final class AdminCommand {

    /** The Spring Boot application the commands start, without a web server. */
    private static Class<?> application;

    private AdminCommand() {}

    /** The settings the commands read when no {@code --data-dir} is given. */
    private static Map<String, String> environment = System.getenv();

    /** Runs {@code laurel admin ARGS} on {@code applicationClass}'s application; returns the exit code. */
    public static int run(String[] args, Class<?> applicationClass) {
        return run(args, applicationClass, System.getenv());
    }

    /** Runs {@code laurel admin ARGS} with the given settings in place of the process environment. */
    static int run(String[] args, Class<?> applicationClass, Map<String, String> settings) {
        application = applicationClass;
        environment = settings;
        return new CommandLine(new AdminCommand())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("laurel: " + (e.getMessage() == null ? e : e.getMessage()));
                    return 2;
                })
                .setExitCodeExceptionMapper(e -> 2)
                .execute(args);
    }

    /** Where the command finds the database. */
    static class Target {
        @Option(
                names = "--data-dir",
                description = "a start-dev data directory (default: ./laurel-data when it exists and LAUREL_DB_URL is"
                        + " not set, else the LAUREL_* settings)")
        Path dataDirectory;

        /**
         * The data directory given; else {@code ./laurel-data}, where start-dev keeps it, when it is there and no
         * production database is set; else null (the {@code LAUREL_*} settings).
         */
        Path dataDirectory(Map<String, String> settings, Path workingDirectory) {
            if (dataDirectory != null) {
                return dataDirectory;
            }
            Path beside = workingDirectory.resolve(DEFAULT_DATA_DIRECTORY);
            if (settings.get("LAUREL_DB_URL") == null && java.nio.file.Files.isDirectory(beside)) {
                System.err.println(
                        "laurel: using the start-dev data directory " + beside + " (--data-dir names another)");
                return beside;
            }
            return null;
        }
    }

    /** Where {@code start-dev} keeps its data, relative to the directory it runs in. */
    static final String DEFAULT_DATA_DIRECTORY = "laurel-data";

    /** Starts Laurel without a web server on the target database, runs {@code work}, prints its result as JSON. */
    static int withOperations(Target target, Function<AdminOperations, Map<String, Object>> work) {
        PrintStream out = System.out;
        System.setOut(System.err);
        Map<String, Object> result;
        try {
            String[] args = Launch.admin(target.dataDirectory(environment, Path.of("")), environment);
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .run(args)) {
                result = work.apply(context.getBean(AdminOperations.class));
            }
        } catch (SettingException e) {
            System.err.println("laurel: " + e.getMessage());
            return 2;
        } finally {
            System.setOut(out);
        }
        out.println(json(result));
        return 0;
    }

    static String json(Map<String, Object> values) {
        return values.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + value(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String value(Object value) {
        if (value instanceof java.util.Collection<?> list) {
            return list.stream().map(AdminCommand::value).collect(Collectors.joining(", ", "[", "]"));
        }
        return "\"" + String.valueOf(value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Command(
            name = "bootstrap",
            mixinStandardHelpOptions = true,
            description =
                    "Create an organization and its first owner; print {\"organizationId\", \"apiKey\", \"loginUrl\"}.")
    static final class Bootstrap extends Target implements Callable<Integer> {

        @Option(names = "--org", required = true, description = "the organization's name")
        String organization;

        @Option(names = "--email", required = true, description = "the first owner's email address")
        String email;

        @Option(
                names = "--another-organization",
                description = "make a further organization even when this owner already owns one (by default a second"
                        + " bootstrap for the same owner is refused)")
        boolean another;

        @Override
        public Integer call() {
            if (!email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--email is not an email address");
            }
            return withOperations(this, operations -> {
                AdminOperations.Bootstrapped done = operations.bootstrap(organization, email, another);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("organizationId", done.organizationId());
                result.put("apiKey", done.apiKey());
                result.put("loginUrl", done.loginUrl());
                return result;
            });
        }
    }

    @Command(
            name = "api-key",
            mixinStandardHelpOptions = true,
            description = "Create or revoke an organization's API keys.",
            subcommands = {ApiKey.Create.class, ApiKey.Revoke.class})
    static final class ApiKey {

        @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a key; print it once.")
        static final class Create extends Target implements Callable<Integer> {

            @Option(names = "--org", required = true, description = "the organization's id")
            UUID organization;

            @Option(names = "--name", defaultValue = "admin", description = "what the key is for")
            String name;

            @Option(
                    names = "--scopes",
                    defaultValue = "admin",
                    split = ",",
                    description = "read, issue, revoke, admin (comma-separated)")
            String[] scopes;

            @Override
            public Integer call() {
                Set<Scope> parsed = EnumSet.noneOf(Scope.class);
                try {
                    Arrays.stream(scopes).map(Scope::parse).forEach(parsed::add);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(
                            new CommandLine(this), "--scopes must be among read, issue, revoke, admin");
                }
                return withOperations(this, operations -> {
                    ApiKeys.Created created = operations.createKey(organization, name, parsed);
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("id", created.key().id());
                    result.put("apiKey", created.secret());
                    result.put(
                            "scopes",
                            created.key().scopes().stream()
                                    .map(Scope::key)
                                    .sorted()
                                    .toList());
                    return result;
                });
            }
        }

        @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key.")
        static final class Revoke extends Target implements Callable<Integer> {

            @Option(names = "--org", required = true, description = "the organization's id")
            UUID organization;

            @Option(names = "--key", required = true, description = "the key's id")
            UUID key;

            @Override
            public Integer call() {
                return withOperations(this, operations -> {
                    operations.revokeKey(organization, key);
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("revoked", key);
                    return result;
                });
            }
        }
    }

    /** Prints what a backup or restore did, or the reason it refused. */
    static int report(String file, java.util.function.Supplier<Backups.Summary> work) {
        Backups.Summary summary;
        PrintStream out = System.out;
        System.setOut(System.err);
        try {
            summary = work.get();
        } catch (SettingException e) {
            System.err.println("laurel: " + e.getMessage());
            return 2;
        } finally {
            System.setOut(out);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file);
        result.put("schemaVersion", summary.schemaVersion());
        result.put("tables", summary.tables());
        result.put("rows", summary.rows());
        out.println(json(result));
        return 0;
    }

    @Command(
            name = "backup",
            mixinStandardHelpOptions = true,
            description = "Back up a start-dev data directory (also while it runs) into one file, master key included.")
    static final class Backup implements Callable<Integer> {

        @Option(names = "--data-dir", required = true, description = "the start-dev data directory")
        Path dataDirectory;

        @Option(names = "--out", required = true, description = "the backup file to write")
        Path out;

        @Override
        public Integer call() {
            return report(out.toString(), () -> Backups.backup(dataDirectory, out, java.time.Clock.systemUTC()));
        }
    }

    @Command(
            name = "restore",
            mixinStandardHelpOptions = true,
            description = "Restore a backup into a new start-dev data directory.")
    static final class Restore implements Callable<Integer> {

        @Option(names = "--from", required = true, description = "the backup file")
        Path from;

        @Option(names = "--data-dir", required = true, description = "the new data directory (absent or empty)")
        Path dataDirectory;

        @Override
        public Integer call() {
            return report(from.toString(), () -> Backups.restore(from, dataDirectory));
        }
    }

    @Command(
            name = "reencrypt-secrets",
            mixinStandardHelpOptions = true,
            description = "After a master key rotation: encrypt every secret again under LAUREL_MASTER_KEY (the"
                    + " previous keys in LAUREL_MASTER_KEY_PREVIOUS); print how many per column.")
    static final class ReencryptSecrets extends Target implements Callable<Integer> {

        @Override
        public Integer call() {
            return withOperations(this, operations -> new LinkedHashMap<>(operations.reencryptSecrets()));
        }
    }
}
