package dev.laurel.server.platform;

import java.util.function.Function;

/**
 * A column of a module's table whose values are encrypted under the {@link MasterKey}, declared by that module as a
 * bean so that {@link MasterKeyRotation} can encrypt them again under a new key: the table, the column naming each row
 * (read as text), the encrypted column, which rows hold such a value ({@code where}, SQL; {@code true} for all) and the
 * associated data each row's value was encrypted with.
 */
public record SealedColumn(
        String table, String rowColumn, String column, String where, Function<String, byte[]> context) {}
