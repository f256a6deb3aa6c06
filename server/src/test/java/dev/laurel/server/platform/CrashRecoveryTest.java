package dev.laurel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worst day of a development start: its JVM killed with SIGKILL (and its PostgreSQL watchdog with it, as when the
 * whole process group is killed), then {@code start-dev} again on the same data directory — which stops the
 * PostgreSQL the dead Laurel left running, says so in one line, and starts. A second start-dev beside a live one is
 * refused with a message. Readiness says not ready until the node can work and again from the start of a shutdown,
 * while liveness stays up.
 */
class CrashRecoveryTest {

    @TempDir
    Path directory;

    final List<DevelopmentNode> nodes = new ArrayList<>();

    @AfterEach
    void killNodes() throws Exception {
        for (DevelopmentNode node : nodes) {
            node.process().descendants().forEach(ProcessHandle::destroyForcibly);
            node.process().destroyForcibly().waitFor();
        }
        stopLeftover();
    }

    @Test
    void startsAgainOnTheDataDirectoryOfAKilledLaurel() throws Exception {
        DevelopmentNode first = started(DevelopmentNode.start("first", directory));
        List<Integer> readiness = first.awaitReady(Duration.ofMinutes(2));
        assertThat(readiness)
                .as("readiness before ready: nothing listens yet, or 503")
                .allMatch(status -> status == 0 || status == 503 || status == 200);
        assertThat(first.management("/actuator/health/liveness")).isEqualTo(200);

        DevelopmentNode second = started(DevelopmentNode.start("second", directory));
        assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.process().exitValue()).isEqualTo(2);
        assertThat(second.output())
                .contains("laurel: " + directory.resolve("laurel-data") + " is in use by a running Laurel (process "
                        + first.process().pid() + "): stop it first, or start from another directory")
                .doesNotContain("Exception");

        first.process().descendants().forEach(ProcessHandle::destroyForcibly); // the watchdog too
        first.process().destroyForcibly().waitFor();
        long orphan = postmaster();
        Thread.sleep(1500);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("PostgreSQL outlived its Laurel")
                .contains(true);

        DevelopmentNode again = started(DevelopmentNode.start("again", directory, "--laurel.shutdown.drain=4s"));
        again.awaitReady(Duration.ofMinutes(2));
        assertThat(again.output())
                .containsOnlyOnce("laurel: stopped the PostgreSQL (process " + orphan + ") left running on "
                        + directory.resolve("laurel-data").resolve("postgres") + " by a Laurel that did not stop")
                .doesNotContain("postmaster.pid\" already exists");
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        long restarted = postmaster();

        again.process().destroy(); // SIGTERM: a shutdown
        long deadline = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        int readinessWhileStopping = again.management("/actuator/health/readiness");
        while (readinessWhileStopping == 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            readinessWhileStopping = again.management("/actuator/health/readiness");
        }
        assertThat(readinessWhileStopping).as("readiness during the shutdown").isEqualTo(503);
        assertThat(again.management("/actuator/health/liveness"))
                .as("liveness during the shutdown")
                .isEqualTo(200);
        assertThat(again.process().waitFor(60, TimeUnit.SECONDS))
                .as("stopped within the bound")
                .isTrue();
        assertThat(stopsWithin(restarted, Duration.ofSeconds(10)))
                .as("its PostgreSQL stopped with it")
                .isTrue();
        assertThat(directory.resolve("laurel-data/postgres/postmaster.pid")).doesNotExist();
    }

    private static boolean stopsWithin(long pid, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private DevelopmentNode started(DevelopmentNode node) {
        nodes.add(node);
        return node;
    }

    private long postmaster() throws Exception {
        return Long.parseLong(Files.readAllLines(directory.resolve("laurel-data/postgres/postmaster.pid"))
                .get(0)
                .strip());
    }

    /** A PostgreSQL a failed test left behind stops with it. */
    private void stopLeftover() throws Exception {
        Path pid = directory.resolve("laurel-data/postgres/postmaster.pid");
        if (Files.exists(pid)) {
            ProcessHandle.of(postmaster()).ifPresent(ProcessHandle::destroy);
        }
    }
}
