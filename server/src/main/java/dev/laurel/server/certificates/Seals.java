package dev.laurel.server.certificates;

import dev.laurel.server.organizations.Organization;
import java.net.URI;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals certificate PDFs in their organization's name: with its key ({@link SealKeys}), at PAdES B-B, or B-T with a
 * time-stamp from {@code laurel.certificates.tsa-url} when that is set. Thread-safe.
 */
@Component
class Seals {

    private final SealKeys keys;
    private final TimestampAuthority authority;

    Seals(SealKeys keys, @Value("${laurel.certificates.tsa-url:}") String tsaUrl) {
        this.keys = keys;
        this.authority = tsaUrl.isBlank() ? null : new TimestampAuthority(URI.create(tsaUrl.strip()));
    }

    /** The organization's current seal key. */
    SealKeys.SealKey key(Organization organization) {
        return keys.of(organization.id(), organization.name());
    }

    /** What makes a sealed PDF differ besides its content: the sealing certificate and the level, for its digest. */
    String identity(SealKeys.SealKey key) {
        return key.fingerprint() + (authority == null ? " B-B" : " B-T " + authority.url());
    }

    byte[] seal(byte[] pdf, SealKeys.SealKey key, Organization organization, Instant now) {
        return PadesSeal.seal(pdf, key, organization.name(), now, authority);
    }
}
