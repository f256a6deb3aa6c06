package dev.laurel.server.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code start-dev [--port N]} or {@code start} into the settings Spring starts with. A production start checks
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
        List<String> spring = new ArrayList<>(rest);
        switch (command) {
            case "start-dev" -> {
                int port = port(rest);
                spring.removeIf(arg -> arg.startsWith("--port"));
                spring.remove(String.valueOf(port));
                spring.addAll(Development.prepare(dataDirectory, port, env));
            }
            case "start" -> spring.addAll(Production.check(env));
            default -> throw new SettingException("unknown command '" + command + "' (expected start or start-dev)");
        }
        return new Launch(spring);
    }

    private static int port(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = null;
            if (arg.startsWith("--port=")) {
                value = arg.substring("--port=".length());
            } else if (arg.equals("--port") && i + 1 < args.size()) {
                value = args.get(i + 1);
            }
            if (value != null) {
                try {
                    int port = Integer.parseInt(value);
                    if (port < 1 || port > 65535) {
                        throw new NumberFormatException();
                    }
                    return port;
                } catch (NumberFormatException e) {
                    throw new SettingException("--port must be a port number (1-65535), not '" + value + "'");
                }
            }
        }
        return 8080;
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
