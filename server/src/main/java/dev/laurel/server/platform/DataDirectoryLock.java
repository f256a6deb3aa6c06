package dev.laurel.server.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lock a development start holds on its data directory ({@code laurel.lock}) for as long as its JVM lives: the
 * operating system releases it when the process ends, however it ends, so a lock that cannot be taken means a live
 * Laurel is using the directory. The file names the holder's process id. Thread-safe.
 */
final class DataDirectoryLock {

    /** The lock file in the data directory. */
    static final String FILE = "laurel.lock";

    private static final Map<Path, FileChannel> HELD = new HashMap<>();

    private DataDirectoryLock() {}

    /**
     * Takes the lock on {@code data} until {@link #releaseAll}, or this JVM ends; empty when taken (or held already).
     *
     * @return the process id of the live Laurel that holds it, when another one does
     */
    static synchronized Optional<Long> take(Path data) {
        if (HELD.containsKey(data)) {
            return Optional.empty();
        }
        Path file = data.resolve(FILE);
        try {
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.of(holder(file));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            HELD.put(data, channel);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    /** Whether a live process holds the lock on {@code data} (this JVM included). */
    static synchronized boolean inUse(Path data) {
        Path file = data.resolve(FILE);
        if (HELD.containsKey(data) || !Files.exists(file)) {
            return HELD.containsKey(data);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Releases every lock this JVM took. */
    static synchronized void releaseAll() {
        HELD.values().forEach(channel -> {
            try {
                channel.close();
            } catch (IOException e) {
                // closing releases the lock; the process's end does too
            }
        });
        HELD.clear();
    }

    private static long holder(Path file) {
        try {
            return Long.parseLong(Files.readString(file).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
