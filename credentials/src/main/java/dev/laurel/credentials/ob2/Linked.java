package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A badge object an assertion links to (its BadgeClass, issuer, revocation list), embedded or fetched. */
sealed interface Linked {

    /** The object, read from where it is authoritative. */
    record Found(ObjectNode node) implements Linked {}

    /** The object cannot be had; {@code message} says why. */
    record Missing(String message) implements Linked {}

    static Linked of(Retrieval retrieval) {
        return switch (retrieval) {
            case Retrieval.Retrieved retrieved -> new Found(retrieved.document());
            case Retrieval.NotRetrieved missing -> new Missing(missing.message());
        };
    }
}
