package dev.laurel.credentials.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The parts of a {@code BitstringStatusListCredential} a status check reads, taken from its JSON. */
record StatusListView(
        Optional<String> id,
        Optional<Instant> validFrom,
        Optional<Instant> validUntil,
        List<String> purposes,
        Optional<Integer> statusSize,
        String encodedList) {

    sealed interface Reading {}

    record Read(StatusListView view) implements Reading {}

    record Unreadable(StatusResult.Failed failure) implements Reading {}

    /** Reads {@code json}, or fails with {@link StatusFailure#NOT_A_STATUS_LIST} or {@link StatusFailure#MALFORMED_LIST}. */
    static Reading read(JsonNode json) {
        if (json == null || !json.isObject()) {
            return notAList("the status list credential must be a JSON object, not " + JsonFields.describe(json));
        }
        if (!typeIncludes(json, BitstringStatusListCredential.TYPE)) {
            return notAList("the status list credential's type must include " + BitstringStatusListCredential.TYPE
                    + ", not " + JsonFields.describe(json.get("type")));
        }
        JsonNode subject = json.get("credentialSubject");
        if (subject == null || !subject.isObject()) {
            return notAList("credentialSubject must be an object, not " + JsonFields.describe(subject));
        }
        if (!typeIncludes(subject, BitstringStatusListCredential.SUBJECT_TYPE)) {
            return notAList("credentialSubject.type must be " + BitstringStatusListCredential.SUBJECT_TYPE + ", not "
                    + JsonFields.describe(subject.get("type")));
        }
        return problem(json, subject)
                .<Reading>map(message -> new Unreadable(new StatusResult.Failed(StatusFailure.MALFORMED_LIST, message)))
                .orElseGet(() -> new Read(new StatusListView(
                        Optional.ofNullable(json.get("id")).map(JsonNode::asText),
                        instant(json.get("validFrom")),
                        instant(json.get("validUntil")),
                        JsonFields.strings(subject.get("statusPurpose")).orElseThrow(),
                        Optional.ofNullable(subject.get("statusSize")).map(JsonNode::intValue),
                        subject.get("encodedList").asText())));
    }

    /** The first property {@link #read} cannot take as it is. */
    private static Optional<String> problem(JsonNode json, JsonNode subject) {
        JsonNode id = json.get("id");
        if (id != null && !id.isTextual()) {
            return Optional.of("id must be a string URL, not " + JsonFields.describe(id));
        }
        JsonNode purposes = subject.get("statusPurpose");
        if (JsonFields.strings(purposes).filter(list -> !list.isEmpty()).isEmpty()) {
            return Optional.of("credentialSubject.statusPurpose must be a string or strings, not "
                    + JsonFields.describe(purposes));
        }
        JsonNode encodedList = subject.get("encodedList");
        if (encodedList == null || !encodedList.isTextual()) {
            return Optional.of(
                    "credentialSubject.encodedList must be a string, not " + JsonFields.describe(encodedList));
        }
        JsonNode size = subject.get("statusSize");
        if (size != null && !(size.isIntegralNumber() && size.canConvertToInt() && size.intValue() > 0)) {
            return Optional.of(
                    "credentialSubject.statusSize must be a positive integer, not " + JsonFields.describe(size));
        }
        return badDate(json, "validFrom").or(() -> badDate(json, "validUntil"));
    }

    private static Optional<String> badDate(JsonNode json, String property) {
        JsonNode value = json.get(property);
        if (value == null || (value.isTextual() && parses(value.asText()))) {
            return Optional.empty();
        }
        return Optional.of(property + " must be a date-time with a time zone, not " + JsonFields.describe(value));
    }

    private static boolean parses(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Optional<Instant> instant(JsonNode value) {
        return Optional.ofNullable(value)
                .map(v -> OffsetDateTime.parse(v.asText()).toInstant());
    }

    private static boolean typeIncludes(JsonNode node, String type) {
        return JsonFields.strings(node.get("type")).orElse(List.of()).contains(type);
    }

    private static Unreadable notAList(String message) {
        return new Unreadable(new StatusResult.Failed(StatusFailure.NOT_A_STATUS_LIST, message));
    }
}
