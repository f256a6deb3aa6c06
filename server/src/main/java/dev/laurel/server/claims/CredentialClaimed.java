package dev.laurel.server.claims;

import java.util.UUID;

/**
 * An earner accepted a credential into their account's backpack, through the mailed link or from the backpack.
 *
 * @param credentialId the credential
 * @param organizationId the organization that issued it
 * @param accountId the account that accepted it
 */
public record CredentialClaimed(UUID credentialId, UUID organizationId, UUID accountId) {}
