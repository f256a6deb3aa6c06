package dev.laurel.server.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a crashed development start leaves in its PostgreSQL directory, found from {@code postmaster.pid}: a PostgreSQL
 * still running on that directory (its process checked to be a {@code postgres} with that directory on its command
 * line), stopped cleanly; or a pid file naming no such process, removed. Called only while holding the {@link
 * DataDirectoryLock}, so the directory's Laurel is known to be dead; never on a production database.
 */
final class LeftoverPostmaster {

    /** How long a leftover PostgreSQL may take to stop (it finishes a checkpoint first). */
    private static final Duration STOP_WITHIN = Duration.ofSeconds(60);

    private LeftoverPostmaster() {}

    /** Clears what a crash left in {@code directory}; the one line that says what was done, if anything was. */
    static Optional<String> clear(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = pid(pidFile);
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(p -> runsOn(p, directory));
        if (postmaster.isEmpty()) {
            delete(pidFile);
            return Optional.of("removed the stale lock " + pidFile + " (process " + pid
                    + " is not a PostgreSQL on this directory)");
        }
        stop(postmaster.get());
        delete(pidFile); // PostgreSQL removes it as it stops; gone already unless it was killed
        return Optional.of("stopped the PostgreSQL (process " + pid + ") left running on " + directory
                + " by a Laurel that did not stop");
    }

    /** Whether {@code process} is a PostgreSQL server with {@code directory} as its data directory. */
    static boolean runsOn(ProcessHandle process, Path directory) {
        if (!process.isAlive()) {
            return false;
        }
        ProcessHandle.Info info = process.info();
        String command = info.command().orElse(info.commandLine().orElse(""));
        List<String> arguments = List.of(info.arguments().orElse(new String[0]));
        String line = info.commandLine().orElse(String.join(" ", arguments));
        return Path.of(command).getFileName() != null
                && Path.of(command).getFileName().toString().startsWith("postgres")
                && (arguments.contains(directory.toString()) || line.contains(directory.toString()));
    }

    /**
     * Asks for a smart shutdown (SIGTERM: it waits for open sessions, and those of its dead Laurel are gone; a checkpoint
     * is written) and waits for it.
     */
    private static void stop(ProcessHandle postmaster) {
        postmaster.destroy();
        try {
            postmaster.onExit().get(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("the PostgreSQL (process " + postmaster.pid()
                    + ") left running by a crashed Laurel did not stop within " + STOP_WITHIN.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping a leftover PostgreSQL", e);
        }
    }

    private static long pid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file, e);
        }
    }
}
