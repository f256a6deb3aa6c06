package dev.laurel.server.applications;

import java.util.UUID;

/**
 * Someone assigned to review an application: a member of the organization ({@code accountId}), or an outside expert
 * invited by a mailed link ({@code accountId} null).
 */
public record Reviewer(UUID id, UUID accountId, String name, String email) {

    public boolean expert() {
        return accountId == null;
    }
}
