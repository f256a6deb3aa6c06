package dev.laurel.server.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns {@code start-dev [--port N] [--host ADDRESS]} or {@code start} into the settings Spring starts with. A production start checks
 * every required setting first and stops with a message naming the one that is missing or wrong; a development start
 * runs PostgreSQL in-process with its data under {@code ./laurel-data}.
 */
public final class Launch {

    /** Exit code for a setting that is missing or wrong. */
    static final int BAD_SETTING = 2;

    private final List<String> springArguments;

    private Launch(List<String> springArguments) {
        this.springArguments = springArguments;
    }

    /** Reads the command line and the environment; exits the process when a setting is missing or wrong. */
    public static Launch prepare(String[] args) {
        try {
            return prepare(args, System.getenv(), Path.of("laurel-data"));
        } catch (SettingException e) {
            System.err.println("laurel: " + e.getMessage());
            System.exit(BAD_SETTING);
            throw new IllegalStateException("unreachable");
        }
    }

    static Launch prepare(String[] args, Map<String, String> env, Path dataDirectory) {
        List<String> rest = new ArrayList<>(List.of(args));
        String command = rest.isEmpty() || rest.get(0).startsWith("--") ? "start" : rest.remove(0);
        List<String> spring = new ArrayList<>();
        switch (command) {
            case "start-dev" -> {
                int port = port(option(rest, "--port").orElse("8080"));
                String host = host(option(rest, "--host").orElse(Development.HOST));
                spring.addAll(withoutOptions(rest, "--port", "--host"));
                spring.addAll(Development.prepare(dataDirectory, port, host, env));
            }
            case "start" -> {
                spring.addAll(rest);
                spring.addAll(Production.check(env));
            }
            default -> throw new SettingException("unknown command '" + command + "' (expected start or start-dev)");
        }
        return new Launch(spring);
    }

    /** The value of {@code --name=value} or {@code --name value} in {@code args}. */
    private static Optional<String> option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith(name + "=")) {
                return Optional.of(arg.substring(name.length() + 1));
            }
            if (arg.equals(name)) {
                if (i + 1 == args.size()) {
                    throw new SettingException(name + " needs a value");
                }
                return Optional.of(args.get(i + 1));
            }
        }
        return Optional.empty();
    }

    private static List<String> withoutOptions(List<String> args, String... names) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (List.of(names).contains(name)) {
                i += arg.contains("=") ? 0 : 1;
            } else {
                rest.add(arg);
            }
        }
        return rest;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingException("--port must be a port number (1-65535), not '" + value + "'");
    }

    /** An address of this machine to listen on: an IP address, or a name it resolves. */
    private static String host(String value) {
        try {
            if (value.isBlank()) {
                throw new java.net.UnknownHostException();
            }
            java.net.InetAddress.getByName(value.strip());
            return value.strip();
        } catch (java.net.UnknownHostException e) {
            throw new SettingException("--host must be an address of this machine to listen on (127.0.0.1, 0.0.0.0,"
                    + " ::1, a host name), not '" + value + "'");
        }
    }

    /**
     * The Spring arguments of an operator command: a development data directory ({@code dataDirectory} not null), else
     * the production {@code LAUREL_*} settings. Background work is off; nothing listens on a port.
     *
     * @throws SettingException naming what is missing or wrong
     */
    public static String[] admin(Path dataDirectory, Map<String, String> env) {
        List<String> args =
                new ArrayList<>(dataDirectory != null ? Development.attach(dataDirectory) : Production.forAdmin(env));
        args.add("--laurel.scheduling=false");
        args.add("--spring.main.banner-mode=off");
        args.add("--logging.level.root=WARN");
        return args.toArray(String[]::new);
    }

    public String[] springArguments() {
        return springArguments.toArray(String[]::new);
    }

    static Path ensureDirectory(Path directory) {
        try {
            return java.nio.file.Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory.toAbsolutePath(), e);
        }
    }
}
