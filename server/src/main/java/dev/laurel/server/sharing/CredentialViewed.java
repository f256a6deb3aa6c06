package dev.laurel.server.sharing;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * Someone opened a credential's public page in a browser ({@code GET /c/ID} as HTML): not the document fetched by
 * verifiers, not the verification panel, not link-preview robots. Published at most once a minute per credential on
 * each node, so a busy page does not flood listeners; synchronously and outside any transaction of its own.
 *
 * @param organizationId the organization that issued the credential
 * @param credentialId the credential
 */
@NamedInterface("events")
public record CredentialViewed(UUID organizationId, UUID credentialId) {}
