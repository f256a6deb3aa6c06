package dev.laurel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import dev.laurel.credentials.json.Utf8;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Reading and writing the user's files, with messages that name the file. */
final class Files {

    private Files() {}

    static byte[] read(Path path) {
        try {
            return java.nio.file.Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + path);
        } catch (IOException e) {
            throw new UsageException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    static String text(Path path) {
        try {
            return Utf8.decode(read(path));
        } catch (MalformedJsonException e) {
            throw new UsageException(path + ": " + e.getMessage(), e);
        }
    }

    static JsonNode json(Path path) {
        try {
            return Json.parse(read(path));
        } catch (MalformedJsonException e) {
            throw new UsageException(path + ": " + e.getMessage(), e);
        }
    }

    static void write(Path path, byte[] content) {
        try {
            java.nio.file.Files.write(path, content);
        } catch (IOException e) {
            throw new UsageException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes a secret: readable by the owner only where the file system has POSIX permissions. */
    static void writeSecret(Path path, String content) {
        try {
            java.nio.file.Files.deleteIfExists(path);
            try {
                java.nio.file.Files.createFile(
                        path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                java.nio.file.Files.createFile(path);
            }
            java.nio.file.Files.writeString(
                    path, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UsageException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
