package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;

/** A badge object fetched from its URL, or why it could not be. */
sealed interface Retrieval {

    /** The JSON object served at {@code url}. */
    record Retrieved(URI url, ObjectNode document) implements Retrieval {}

    /**
     * Nothing usable at the URL.
     *
     * @param message what went wrong, for a person
     * @param gone the server answered {@code 410 Gone}: for a hosted assertion, the issuer revoked it
     */
    record NotRetrieved(String message, boolean gone) implements Retrieval {}
}
