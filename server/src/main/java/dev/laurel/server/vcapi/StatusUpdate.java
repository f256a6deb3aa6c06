package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.status.BitstringStatusListEntry;
import dev.laurel.credentials.status.StatusPurpose;
import dev.laurel.server.issuing.SuppliedCredential;
import java.util.Set;

/**
 * A {@code POST /credentials/status} body read and checked (VCALM "Update Status", {@code
 * UpdateCredentialStatusRequest}): {@code {"credentialId", "credentialStatus": {"type", "statusPurpose", "id"?,
 * "statusListIndex"?, "statusListCredential"?}, "status"}}. The entry is found by its purpose; when the request names
 * its id, index or list, they must be the credential's.
 *
 * @param credentialId the credential's name
 * @param purpose revocation or suspension
 * @param status true to set the bit (revoke, suspend), false to clear it
 * @param entry the request's {@code credentialStatus}, to compare with the credential's entry
 */
record StatusUpdate(String credentialId, StatusPurpose purpose, boolean status, ObjectNode entry) {

    private static final Set<String> ENTRY_TYPES = Set.of(BitstringStatusListEntry.TYPE, "BitstringStatusList");

    static StatusUpdate read(ObjectNode body) {
        JsonRequests.onlyKnownProperties(
                body, "the request", Set.of("credentialId", "credentialStatus", "status", "indexAllocator"));
        if (body.has("indexAllocator")) {
            throw VcApiProblem.MALFORMED_VALUE.problem(
                    "indexAllocator is not supported: this instance allocates status list indexes itself");
        }
        String credentialId = JsonRequests.string(body, "credentialId", "")
                .orElseThrow(() -> VcApiProblem.MALFORMED_VALUE.problem("the request has no credentialId"));
        ObjectNode entry = JsonRequests.object(body, "credentialStatus", "");
        JsonRequests.onlyKnownProperties(
                entry,
                "credentialStatus",
                Set.of("id", "type", "statusPurpose", "statusListIndex", "statusListCredential"));
        String type = JsonRequests.string(entry, "type", "credentialStatus.")
                .orElseThrow(() -> VcApiProblem.MALFORMED_VALUE.problem("the request has no credentialStatus.type"));
        if (!ENTRY_TYPES.contains(type)) {
            throw VcApiProblem.MALFORMED_VALUE.problem("credentialStatus.type '" + type
                    + "' is not supported: this instance manages " + BitstringStatusListEntry.TYPE + " entries");
        }
        String purposeName = JsonRequests.string(entry, "statusPurpose", "credentialStatus.")
                .orElseThrow(() ->
                        VcApiProblem.MALFORMED_VALUE.problem("the request has no credentialStatus.statusPurpose"));
        StatusPurpose purpose = StatusPurpose.of(purposeName)
                .filter(p -> p == StatusPurpose.REVOCATION || p == StatusPurpose.SUSPENSION)
                .orElseThrow(() -> VcApiProblem.MALFORMED_VALUE.problem("credentialStatus.statusPurpose '" + purposeName
                        + "' is not supported: use revocation or " + "suspension"));
        JsonNode status = body.get("status");
        if (status == null || !status.isBoolean()) {
            throw VcApiProblem.MALFORMED_VALUE.problem("status must be true (set the status) or false (clear it)");
        }
        return new StatusUpdate(credentialId, purpose, status.asBoolean(), entry);
    }

    /** Checks that what the request says of the entry is true of the credential's {@code actual} entry. */
    void matches(SuppliedCredential.Entry actual) {
        compare("id", actual.id());
        compare("statusListCredential", actual.statusListCredential());
        compare("statusListIndex", Integer.toString(actual.index()));
    }

    private void compare(String property, String actual) {
        JsonNode given = entry.get(property);
        if (given == null || given.isNull()) {
            return;
        }
        String value = given.isNumber() ? given.asText() : given.isTextual() ? given.asText() : given.toString();
        if (!value.equals(actual)) {
            throw VcApiProblem.MALFORMED_VALUE.problem("credentialStatus." + property + " '" + value
                    + "' is not that of the credential's " + purpose.value() + " entry ('" + actual + "')");
        }
    }
}
