package dev.laurel.credentials.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns {@code credentialStatus} JSON into typed entries; see {@link CredentialStatusEntry#parse}. */
final class EntryParser {
    private EntryParser() {}

    static List<CredentialStatusEntry> parseAll(JsonNode credentialStatus) {
        if (credentialStatus == null || credentialStatus.isMissingNode() || credentialStatus.isNull()) {
            return List.of();
        }
        if (!credentialStatus.isArray()) {
            return List.of(parse(credentialStatus, 0, "credentialStatus"));
        }
        var entries = new ArrayList<CredentialStatusEntry>();
        for (int i = 0; i < credentialStatus.size(); i++) {
            entries.add(parse(credentialStatus.get(i), i, "credentialStatus[" + i + "]"));
        }
        return List.copyOf(entries);
    }

    private static CredentialStatusEntry parse(JsonNode node, int position, String label) {
        if (!node.isObject()) {
            return new MalformedStatusEntry(
                    position, Optional.empty(), label + " must be an object, not " + JsonFields.describe(node));
        }
        Optional<List<String>> types = JsonFields.strings(node.get("type"));
        if (types.isEmpty() || types.get().isEmpty()) {
            return new MalformedStatusEntry(
                    position,
                    Optional.empty(),
                    label + ".type must be a string or an array of strings, not "
                            + JsonFields.describe(node.get("type")));
        }
        var reader = new Reader(node, position, label, String.join(",", types.get()));
        if (types.get().contains(BitstringStatusListEntry.TYPE)) {
            return reader.bitstringEntry();
        }
        if (types.get().contains(RevocationListEntry.TYPE)) {
            return reader.revocationListEntry();
        }
        return new UnsupportedStatusEntry(position, reader.type, node);
    }

    /** Reads one entry object; each method returns the entry or the first problem found. */
    private record Reader(JsonNode node, int position, String label, String type) {

        CredentialStatusEntry revocationListEntry() {
            JsonNode id = node.get("id");
            if (id == null || !id.isTextual() || !Urls.isAbsolute(id.asText())) {
                return malformed("id must be the absolute URL of the revocation list, not " + JsonFields.describe(id));
            }
            return new RevocationListEntry(id.asText());
        }

        CredentialStatusEntry bitstringEntry() {
            for (String property : List.of("statusPurpose", "statusListIndex", "statusListCredential")) {
                JsonNode value = node.get(property);
                if (property.equals("statusListIndex") && isIndexNumber(value)) {
                    continue;
                }
                if (value == null || !value.isTextual()) {
                    return malformed(property + " must be a string, not " + JsonFields.describe(value));
                }
            }
            JsonNode id = node.get("id");
            if (id != null && !id.isTextual()) {
                return malformed("id must be a string URL, not " + JsonFields.describe(id));
            }
            JsonNode size = node.get("statusSize");
            if (size != null && !(size.isIntegralNumber() && size.canConvertToInt())) {
                return malformed("statusSize must be an integer, not " + JsonFields.describe(size));
            }
            Optional<List<String>> references = node.has("statusReference")
                    ? JsonFields.strings(node.get("statusReference"))
                    : Optional.of(List.of());
            if (references.isEmpty()) {
                return malformed("statusReference must be a URL or an array of URLs, not "
                        + JsonFields.describe(node.get("statusReference")));
            }
            return withMessages(
                    id == null ? Optional.empty() : Optional.of(id.asText()),
                    size == null ? 1 : size.intValue(),
                    references.get());
        }

        private CredentialStatusEntry withMessages(Optional<String> id, int statusSize, List<String> references) {
            JsonNode array = node.get("statusMessage");
            var messages = new ArrayList<StatusMessage>();
            if (array != null && !array.isArray()) {
                return malformed("statusMessage must be an array, not " + JsonFields.describe(array));
            }
            for (int i = 0; array != null && i < array.size(); i++) {
                JsonNode element = array.get(i);
                JsonNode status = element.get("status");
                JsonNode message = element.get("message");
                if (status == null || !status.isTextual() || !StatusMessage.isHex(status.asText())) {
                    return malformed("statusMessage[" + i + "].status must be a string 0x<hex digits>, not "
                            + JsonFields.describe(status));
                }
                if (message == null || !message.isTextual()) {
                    return malformed(
                            "statusMessage[" + i + "].message must be a string, not " + JsonFields.describe(message));
                }
                messages.add(new StatusMessage(status.asText(), message.asText()));
            }
            String purpose = node.get("statusPurpose").asText();
            String index = node.get("statusListIndex").asText();
            String list = node.get("statusListCredential").asText();
            return BitstringStatusListEntry.problem(id, purpose, index, list, statusSize, messages, references)
                    .<CredentialStatusEntry>map(this::malformed)
                    .orElseGet(() ->
                            new BitstringStatusListEntry(id, purpose, index, list, statusSize, messages, references));
        }

        private static boolean isIndexNumber(JsonNode value) {
            return value != null
                    && value.isIntegralNumber()
                    && value.bigIntegerValue().signum() >= 0;
        }

        private MalformedStatusEntry malformed(String problem) {
            return new MalformedStatusEntry(position, Optional.of(type), label + "." + problem);
        }
    }
}
