package dev.laurel.credentials.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One object of a credential's {@code credentialStatus}, typed by what it is. Reading never throws: an entry of a type
 * Laurel does not check is an {@link UnsupportedStatusEntry}, and one that breaks its data model is a
 * {@link MalformedStatusEntry} carrying the precise reason.
 */
public sealed interface CredentialStatusEntry
        permits BitstringStatusListEntry, RevocationListEntry, UnsupportedStatusEntry, MalformedStatusEntry {

    /**
     * The entries of {@code credentialStatus}, which may be a single object or an array of them, in document order.
     * A {@code null} or missing node yields no entries; any other non-object yields one {@link MalformedStatusEntry}.
     */
    static List<CredentialStatusEntry> parse(JsonNode credentialStatus) {
        return EntryParser.parseAll(credentialStatus);
    }

    /** The entries under the {@code credentialStatus} property of {@code credential}. */
    static List<CredentialStatusEntry> ofCredential(JsonNode credential) {
        return parse(credential == null ? null : credential.get("credentialStatus"));
    }
}
