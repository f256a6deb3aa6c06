package dev.laurel.credentials.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A {@code credentialStatus} entry of a type Laurel does not check, such as {@code StatusList2021Entry}. Not an error
 * in itself; a verifier decides whether an unchecked status is acceptable.
 *
 * @param position the entry's index in the {@code credentialStatus} array (0 for a single object)
 * @param type the entry's {@code type}, joined with commas if it was an array
 * @param json the entry as found
 */
public record UnsupportedStatusEntry(int position, String type, JsonNode json) implements CredentialStatusEntry {
    public UnsupportedStatusEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(json, "json");
    }
}
