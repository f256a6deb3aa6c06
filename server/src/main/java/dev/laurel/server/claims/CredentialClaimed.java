package dev.laurel.server.claims;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * An earner accepted a credential into their account's backpack, through the mailed link or from the backpack.
 *
 * @param credentialId the credential
 * @param organizationId the organization that issued it
 * @param accountId the account that accepted it
 */
@NamedInterface("events")
public record CredentialClaimed(UUID credentialId, UUID organizationId, UUID accountId) {}
