package dev.laurel.server.webhooks;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events a webhook endpoint can subscribe to, named as payloads carry them in {@code type}. docs/api/webhooks.md
 * shows each payload.
 */
public enum EventType {
    CREDENTIAL_ISSUED("credential.issued"),
    CREDENTIAL_CLAIMED("credential.claimed"),
    CREDENTIAL_REVOKED("credential.revoked"),
    CREDENTIAL_SUSPENDED("credential.suspended"),
    CREDENTIAL_REINSTATED("credential.reinstated"),
    CREDENTIAL_VIEWED("credential.viewed"),
    /** An earner shared a credential from their backpack (LinkedIn, X, a link, a QR code, …). */
    CREDENTIAL_SHARED("credential.shared"),
    /** A bulk issuing job finished: announced by the bulk module. */
    BULK_COMPLETED("bulk.completed"),
    /** An earner completed a step of a pathway: announced by the pathways module. */
    PATHWAY_STEP_COMPLETED("pathway.step_completed"),
    /** An earner completed a whole pathway and its goal badge was issued to them. */
    PATHWAY_COMPLETED("pathway.completed"),
    /** Another organization endorsed one of this organization's badges or its issuer profile: accept or decline it. */
    ENDORSEMENT_REQUESTED("endorsement.requested"),
    /** An endorsement between this organization and another was accepted (to both). */
    ENDORSEMENT_GIVEN("endorsement.given"),
    /** An endorsement between this organization and another was revoked by its endorser (to both). */
    ENDORSEMENT_WITHDRAWN("endorsement.withdrawn");

    private final String key;

    EventType(String key) {
        this.key = key;
    }

    /** The name in payloads and subscriptions, e.g. {@code credential.issued}. */
    public String key() {
        return key;
    }

    /** The type named {@code key}, or empty. */
    public static Optional<EventType> parse(String key) {
        return Arrays.stream(values()).filter(type -> type.key.equals(key)).findFirst();
    }
}
