package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where to check whether a credential is revoked or suspended ({@code credentialStatus}), for example a {@code
 * BitstringStatusListEntry} whose {@code statusPurpose}, {@code statusListIndex} and {@code statusListCredential} are
 * in {@code extensions}.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record CredentialStatus(String id, String type, Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public CredentialStatus {
        extensions = Extensions.copy(extensions);
    }

    /** A status entry of the given {@code type} and no other properties. */
    public static CredentialStatus of(String id, String type) {
        return new CredentialStatus(id, type, null);
    }

    /** A W3C Bitstring Status List entry: bit {@code statusListIndex} of the list credential at {@code statusListCredential}. */
    public static CredentialStatus bitstringStatusListEntry(
            String id, String statusPurpose, long statusListIndex, String statusListCredential) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        properties.put("statusPurpose", TextNode.valueOf(statusPurpose));
        properties.put("statusListIndex", TextNode.valueOf(Long.toString(statusListIndex)));
        properties.put("statusListCredential", TextNode.valueOf(statusListCredential));
        return new CredentialStatus(id, "BitstringStatusListEntry", properties);
    }

    static CredentialStatus read(JsonReading in) {
        return new CredentialStatus(in.string("id"), in.string("type"), in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.string("type", type);
        out.extensions(extensions);
    }
}
