package dev.laurel.server.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * A person with a login.
 *
 * @param id the account's id
 * @param email the login address, as entered (compared case-insensitively)
 * @param displayName the name shown to others
 * @param emailVerified whether the address has been confirmed by a link sent to it
 * @param platformAdmin whether this is an operator of the whole Laurel
 * @param createdAt when the account was made
 */
public record Account(
        UUID id, String email, String displayName, boolean emailVerified, boolean platformAdmin, Instant createdAt) {}
