package dev.laurel.server.backpack;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * An earner shared a credential from their backpack: clicked one of its share links, copied its link or a snippet,
 * or downloaded its QR code. Published synchronously in the transaction that records the click.
 *
 * @param itemId the backpack item
 * @param credentialId the credential when it was issued on this Laurel, else null (an imported credential)
 * @param organizationId the organization that issued it here, else null
 * @param channel how: {@code linkedin}, {@code linkedin-feed}, {@code x}, {@code facebook}, {@code email-signature},
 *     {@code embed}, {@code iframe}, {@code qr} or {@code link}
 */
@NamedInterface("events")
public record CredentialShared(UUID itemId, UUID credentialId, UUID organizationId, String channel) {}
