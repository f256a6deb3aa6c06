package dev.laurel.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * Another Laurel node in a JVM of its own, on the tests' database, that a test can kill with SIGKILL ({@link
 * Process#destroyForcibly}): the application with the settings given as arguments, nothing else. Its output goes to
 * {@code target/node-NAME.log}.
 */
public final class ChildNode {

    private ChildNode() {}

    public static void main(String[] args) {
        SpringApplication.run(LaurelServer.class, args);
    }

    /**
     * Starts a node sharing the tests' database, base URL and master key, mailing through {@code smtpPort}, finding a
     * dead node as quickly as the test context does; {@code settings} ({@code --name=value}) are added.
     */
    public static Process start(String name, int smtpPort, String... settings) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "-Xmx512m",
                "-cp",
                classpath,
                ChildNode.class.getName(),
                "--server.port=0",
                "--laurel.base-url=http://localhost:" + ServerTest.PORT,
                "--spring.datasource.url=" + TestDatabase.url(),
                "--spring.datasource.username=" + TestDatabase.user(),
                "--spring.datasource.password=" + TestDatabase.password(),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--laurel.master-key=" + ServerTest.MASTER_KEY,
                "--laurel.follow-ups.poll-interval=200ms",
                "--laurel.follow-ups.heartbeat-interval=2s"));
        // the test's own settings win: a name given twice would reach Spring as a list of both values
        List<String> named = List.of(settings).stream()
                .map(setting -> setting.substring(0, setting.indexOf('=') + 1))
                .toList();
        ServerTest.NODE_SETTINGS.stream()
                .filter(setting -> !named.contains(setting.substring(0, setting.indexOf('=') + 1)))
                .forEach(command::add);
        command.addAll(List.of(settings));
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(new File("target/node-" + name + ".log"))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
