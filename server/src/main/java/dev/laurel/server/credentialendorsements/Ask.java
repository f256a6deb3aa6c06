package dev.laurel.server.credentialendorsements;

import java.util.List;
import java.util.UUID;

/**
 * An earner's request for an endorsement, as they wrote it.
 *
 * @param endorserName whom they ask
 * @param endorserEmail where the link goes
 * @param message what they ask, shown to the endorser
 * @param credentialIds the credentials to endorse: one, or several (a collection's)
 */
record Ask(String endorserName, String endorserEmail, String message, List<UUID> credentialIds) {

    static final int MAX_NAME = 200;
    static final int MAX_MESSAGE = 2_000;
    static final int MAX_CREDENTIALS = 50;

    Ask {
        endorserName = endorserName == null ? "" : endorserName.strip();
        endorserEmail = endorserEmail == null ? "" : endorserEmail.strip();
        message = message == null ? "" : message.strip();
        credentialIds = credentialIds == null
                ? List.of()
                : List.copyOf(credentialIds.stream().distinct().toList());
    }

    /** The message key of what is wrong with it, or null when it can be sent. */
    String problem() {
        if (endorserName.isEmpty() || endorserName.length() > MAX_NAME) {
            return "endorsement.ask.invalid.name";
        }
        if (endorserEmail.length() > 254 || !endorserEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return "endorsement.ask.invalid.email";
        }
        if (message.length() > MAX_MESSAGE) {
            return "endorsement.ask.invalid.message";
        }
        if (credentialIds.isEmpty() || credentialIds.size() > MAX_CREDENTIALS) {
            return "endorsement.ask.invalid.credentials";
        }
        return null;
    }
}
