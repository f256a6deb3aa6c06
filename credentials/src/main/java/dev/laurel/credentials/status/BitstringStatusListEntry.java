package dev.laurel.credentials.status;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code BitstringStatusListEntry}: where in which status list a credential's status lives, and what it means.
 *
 * @param id optional URL of this entry; never the status list's own URL
 * @param statusPurpose the purpose, e.g. {@code revocation}; any non-empty string (see {@link StatusPurpose})
 * @param statusListIndex the index as the spec writes it: base-10 digits of an arbitrary-size integer
 * @param statusListCredential URL of the {@code BitstringStatusListCredential}
 * @param statusSize bits per status, 1 when the JSON omits it
 * @param statusMessage one message per possible value (2<sup>statusSize</sup> of them), or empty
 * @param statusReference URLs of material about the status, or empty
 * @throws IllegalArgumentException from the constructor when a value breaks the data model; {@link
 *     CredentialStatusEntry#parse} reports the same problems as a {@link MalformedStatusEntry} instead
 */
public record BitstringStatusListEntry(
        Optional<String> id,
        String statusPurpose,
        String statusListIndex,
        String statusListCredential,
        int statusSize,
        List<StatusMessage> statusMessage,
        List<String> statusReference)
        implements CredentialStatusEntry {
    /** The JSON {@code type} of this entry. */
    public static final String TYPE = "BitstringStatusListEntry";

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    public BitstringStatusListEntry {
        statusMessage = List.copyOf(statusMessage);
        statusReference = List.copyOf(statusReference);
        Objects.requireNonNull(id, "id");
        problem(id, statusPurpose, statusListIndex, statusListCredential, statusSize, statusMessage, statusReference)
                .ifPresent(problem -> {
                    throw new IllegalArgumentException(problem);
                });
    }

    /**
     * A single-bit entry for {@code index} in the list at {@code statusListCredential}, with the id {@code
     * <statusListCredential>#<index>} the spec's examples use.
     */
    public static BitstringStatusListEntry forIndex(String statusListCredential, StatusPurpose purpose, int index) {
        return new BitstringStatusListEntry(
                Optional.of(statusListCredential + "#" + index),
                purpose.value(),
                Integer.toString(index),
                statusListCredential,
                1,
                List.of(),
                List.of());
    }

    /** The index as a number. */
    public BigInteger index() {
        return new BigInteger(statusListIndex);
    }

    /** The message for {@code status}: from {@link #statusMessage()}, else "set" for non-zero and "unset" for 0. */
    public String messageFor(int status) {
        return statusMessage.stream()
                .filter(m -> m.value() == status)
                .map(StatusMessage::message)
                .findFirst()
                .orElse(status == 0 ? "unset" : "set");
    }

    /** This entry as a {@code credentialStatus} object. */
    public ObjectNode toJson() {
        var json = JsonNodeFactory.instance.objectNode();
        id.ifPresent(value -> json.put("id", value));
        json.put("type", TYPE);
        json.put("statusPurpose", statusPurpose);
        json.put("statusListIndex", statusListIndex);
        json.put("statusListCredential", statusListCredential);
        if (statusSize != 1) {
            json.put("statusSize", statusSize);
        }
        if (!statusMessage.isEmpty()) {
            var messages = json.putArray("statusMessage");
            statusMessage.forEach(
                    m -> messages.addObject().put("status", m.status()).put("message", m.message()));
        }
        if (statusReference.size() == 1) {
            json.put("statusReference", statusReference.getFirst());
        } else if (!statusReference.isEmpty()) {
            statusReference.forEach(json.putArray("statusReference")::add);
        }
        return json;
    }

    /** The first MUST these values break, phrased after the property it concerns. */
    static Optional<String> problem(
            Optional<String> id,
            String statusPurpose,
            String statusListIndex,
            String statusListCredential,
            int statusSize,
            List<StatusMessage> statusMessage,
            List<String> statusReference) {
        if (statusPurpose == null || statusPurpose.isBlank()) {
            return Optional.of("statusPurpose must be a non-empty string");
        }
        if (statusListIndex == null || !DIGITS.matcher(statusListIndex).matches()) {
            return Optional.of("statusListIndex must be a string of base-10 digits (an integer >= 0), not "
                    + (statusListIndex == null ? "missing" : "\"" + statusListIndex + "\""));
        }
        if (!Urls.isAbsolute(statusListCredential)) {
            return Optional.of("statusListCredential must be an absolute URL, not " + quoted(statusListCredential));
        }
        if (id.isPresent() && !Urls.isAbsolute(id.get())) {
            return Optional.of("id must be an absolute URL, not " + quoted(id.get()));
        }
        if (id.isPresent() && id.get().equals(statusListCredential)) {
            return Optional.of("id must not be the URL of the status list (" + statusListCredential + ")");
        }
        if (statusSize < 1 || statusSize > BitstringStatusList.MAX_STATUS_SIZE) {
            return Optional.of("statusSize must be an integer from 1 to " + BitstringStatusList.MAX_STATUS_SIZE
                    + ", not " + statusSize);
        }
        return messagesProblem(statusSize, statusMessage).or(() -> statusReference.stream()
                .filter(url -> !Urls.isAbsolute(url))
                .findFirst()
                .map(url -> "statusReference must hold absolute URLs, not " + quoted(url)));
    }

    private static Optional<String> messagesProblem(int statusSize, List<StatusMessage> messages) {
        long values = 1L << statusSize;
        if (messages.isEmpty()) {
            return statusSize > 1
                    ? Optional.of("statusMessage must be present when statusSize is " + statusSize + " (> 1)")
                    : Optional.empty();
        }
        if (messages.size() != values) {
            return Optional.of("statusMessage must have " + values + " elements for statusSize " + statusSize + ", not "
                    + messages.size());
        }
        var seen = new HashSet<Long>();
        for (StatusMessage message : messages) {
            if (message.value() >= values) {
                return Optional.of("statusMessage status " + message.status() + " does not fit in " + statusSize
                        + " bit" + (statusSize == 1 ? "" : "s"));
            }
            if (!seen.add(message.value())) {
                return Optional.of("statusMessage lists status " + message.status() + " twice");
            }
        }
        return Optional.empty();
    }

    private static String quoted(String value) {
        return value == null ? "missing" : "\"" + value + "\"";
    }
}
