package dev.laurel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash leaves in a development PostgreSQL directory: a pid file naming no PostgreSQL on it is a stale lock,
 * removed without touching the process it names; and while the JVM lives the watchdog leaves its PostgreSQL alone, and
 * stops it (SIGINT) once the JVM is gone — unless the pid file no longer names it.
 */
class LeftoverPostmasterTest {

    @TempDir
    Path directory;

    @Test
    void nothingToDoWithoutAPidFile() {
        assertThat(LeftoverPostmaster.clear(directory)).isEmpty();
    }

    @Test
    void removesAPidFileNamingAProcessThatIsGone() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path pidFile = pidFile(gone.pid());

        assertThat(LeftoverPostmaster.clear(directory))
                .contains("removed the stale lock " + pidFile + " (process " + gone.pid()
                        + " is not a PostgreSQL on this directory)");
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void removesAPidFileNamingAnotherProgramAndLeavesTheProgramAlone() throws Exception {
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            Path pidFile = pidFile(other.pid());
            assertThat(LeftoverPostmaster.clear(directory))
                    .hasValueSatisfying(line -> assertThat(line).startsWith("removed the stale lock"));
            assertThat(pidFile).doesNotExist();
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void theWatchdogStopsThePostgresOfADeadJvm() throws Exception {
        Process jvm = new ProcessBuilder("sleep", "60").start();
        Process postgres = new ProcessBuilder("sleep", "60").start();
        try {
            Watchdog.start(jvm.pid(), postgres.pid(), pidFile(postgres.pid()));
            assertThat(postgres.waitFor(1500, TimeUnit.MILLISECONDS))
                    .as("left alone while the JVM lives")
                    .isFalse();

            jvm.destroyForcibly();
            assertThat(postgres.waitFor(10, TimeUnit.SECONDS))
                    .as("stopped once it is gone")
                    .isTrue();
            assertThat(postgres.exitValue()).as("by SIGINT").isEqualTo(128 + 2);
        } finally {
            jvm.destroyForcibly();
            postgres.destroyForcibly();
        }
    }

    @Test
    void theWatchdogLeavesAPostgresThePidFileNoLongerNames() throws Exception {
        Process jvm = new ProcessBuilder("sleep", "60").start();
        Process postgres = new ProcessBuilder("sleep", "60").start();
        try {
            Path pidFile = pidFile(postgres.pid());
            Process watchdog = Watchdog.start(jvm.pid(), postgres.pid(), pidFile);
            Files.writeString(pidFile, "1\n" + directory + "\n"); // stopped and started again meanwhile
            jvm.destroyForcibly();

            assertThat(watchdog.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(postgres.isAlive()).isTrue();
        } finally {
            jvm.destroyForcibly();
            postgres.destroyForcibly();
        }
    }

    private Path pidFile(long pid) throws Exception {
        return Files.writeString(directory.resolve("postmaster.pid"), pid + "\n" + directory + "\n");
    }
}
