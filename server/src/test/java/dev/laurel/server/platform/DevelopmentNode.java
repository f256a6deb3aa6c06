package dev.laurel.server.platform;

import dev.laurel.server.LaurelServer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Laurel started the way {@code bin/laurel start-dev} starts it — its own JVM running the server's main class with
 * {@code start-dev}, in {@code directory} (so its data is {@code directory/laurel-data}) — that a test can kill with
 * SIGKILL. Its output goes to {@code target/dev-NAME.log}.
 */
record DevelopmentNode(Process process, int port, int managementPort, Path log) {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static DevelopmentNode start(String name, Path directory, String... settings) {
        int port = freePort();
        int management = freePort();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath,
                LaurelServer.class.getName(),
                "start-dev",
                "--port",
                Integer.toString(port),
                // the tests' config/application.properties puts the management port on a free port
                "--management.server.port=" + management));
        command.addAll(List.of(settings));
        Path log = Path.of("target", "dev-" + name + ".log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(new File("/dev/null"));
        builder.environment().keySet().removeIf(key -> key.startsWith("LAUREL_"));
        builder.environment().put("LAUREL_MANAGEMENT_PORT", Integer.toString(management));
        try {
            return new DevelopmentNode(builder.start(), port, management, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTTP status of {@code path} on the management port; 0 when nothing answers. */
    int management(String path) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** The readiness answers seen until it answered 200 (that one included); fails when it dies or takes too long. */
    List<Integer> awaitReady(Duration within) throws InterruptedException {
        List<Integer> seen = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the node died: " + output());
            }
            int status = management("/actuator/health/readiness");
            if (seen.isEmpty() || seen.get(seen.size() - 1) != status) {
                seen.add(status);
            }
            if (status == 200) {
                return seen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready within " + within + " (answers " + seen + "): " + output());
    }

    String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
