package dev.laurel.credentials.status;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@code 1EdTechRevocationList} entry (1EdTech Revocation List Status Method 1.0, used by Open Badges 3.0 and CLR
 * 2.0): {@code id} is the URL of the issuer's revocation list, which lists revoked credentials by their {@code id}.
 *
 * @throws IllegalArgumentException from the constructor if {@code id} is not an absolute URL
 */
public record RevocationListEntry(String id) implements CredentialStatusEntry {
    /** The JSON {@code type} of this entry. */
    public static final String TYPE = "1EdTechRevocationList";

    public RevocationListEntry {
        if (!Urls.isAbsolute(id)) {
            throw new IllegalArgumentException("id must be the absolute URL of the revocation list, not " + id);
        }
    }

    /** This entry as a {@code credentialStatus} object. */
    public ObjectNode toJson() {
        return JsonNodeFactory.instance.objectNode().put("id", id).put("type", TYPE);
    }
}
