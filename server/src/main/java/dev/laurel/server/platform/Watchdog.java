package dev.laurel.server.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Stops the embedded PostgreSQL when the JVM that started it dies without stopping it (SIGKILL, a crash, the OOM
 * killer): a small shell process, started beside the JVM, that checks each second whether the JVM still lives and then
 * asks the PostgreSQL for a fast shutdown (SIGINT) — but only while {@code postmaster.pid} still names it, so a
 * PostgreSQL stopped and replaced meanwhile is left alone. PostgreSQL runs detached from the JVM (started through
 * pg_ctl), so no parent-death signal can reach it; where no {@code sh} exists, no watchdog runs and the next start
 * stops the leftover (see {@link LeftoverPostmaster}).
 */
final class Watchdog {

    private static final String SCRIPT = "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
            + "if [ \"$(head -n 1 \"$3\" 2>/dev/null)\" = \"$2\" ]; then kill -INT \"$2\"; fi";

    private Watchdog() {}

    /** Watches {@code parent}; when it is gone, stops {@code postmaster} if {@code pidFile} still names it. */
    static Process start(long parent, long postmaster, Path pidFile) {
        try {
            return new ProcessBuilder(List.of(
                            "sh",
                            "-c",
                            SCRIPT,
                            "laurel-watchdog",
                            Long.toString(parent),
                            Long.toString(postmaster),
                            pidFile.toString()))
                    .redirectInput(new File("/dev/null"))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the PostgreSQL watchdog", e);
        }
    }

    /** Watches this JVM for the PostgreSQL running on {@code directory}; does nothing where there is no shell. */
    static Optional<Process> watch(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        try {
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            return Optional.of(start(ProcessHandle.current().pid(), postmaster, pidFile));
        } catch (IOException | RuntimeException e) {
            System.err.println("laurel: no watchdog for the embedded PostgreSQL (" + e.getMessage()
                    + "): if this JVM is killed, the next start stops it");
            return Optional.empty();
        }
    }
}
