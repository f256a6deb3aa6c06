package dev.laurel.server.certificates;

import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.server.organizations.Organization;
import java.net.URI;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals certificate PDFs in their organization's name: with its key ({@link SealKeys}), at PAdES B-B; with a
 * time-stamp authority ({@code laurel.certificates.tsa-url}), at B-LT — time-stamped, then the chains' certificates
 * and revocation data added, fetched through the guarded fetcher. When that data cannot be had (a responder down, a
 * URL refused) the seal stays B-T, one line says so in the log, and the download is served all the same. Thread-safe.
 */
@Component
class Seals {

    private static final Logger LOG = LoggerFactory.getLogger(Seals.class);

    private final SealKeys keys;
    private final TimestampAuthority authority;
    private final HttpFetcher fetcher;

    @Autowired
    Seals(SealKeys keys, HttpFetcher fetcher, @Value("${laurel.certificates.tsa-url:}") String tsaUrl) {
        this(keys, tsaUrl.isBlank() ? null : new TimestampAuthority(URI.create(tsaUrl.strip())), fetcher);
    }

    Seals(SealKeys keys, TimestampAuthority authority, HttpFetcher fetcher) {
        this.keys = keys;
        this.authority = authority;
        this.fetcher = fetcher;
    }

    /** The organization's current seal key. */
    SealKeys.SealKey key(Organization organization) {
        return keys.of(organization.id(), organization.name());
    }

    /** The level seals are made at: B-LT with a time-stamp authority, B-B without. */
    SealLevel level() {
        return authority == null ? SealLevel.B_B : SealLevel.B_LT;
    }

    /** What makes a sealed PDF differ besides its content: the sealing certificate and the level, for its digest. */
    String identity(SealKeys.SealKey key) {
        return key.fingerprint() + " " + level().label() + (authority == null ? "" : " " + authority.url());
    }

    /** {@code pdf} sealed at {@link #level()}, or at B-T when the revocation data for B-LT cannot be had. */
    SealedPdf seal(byte[] pdf, SealKeys.SealKey key, Organization organization, Instant now) {
        if (authority == null) {
            return new SealedPdf(PadesSeal.seal(pdf, key, organization.name(), now), SealLevel.B_B);
        }
        byte[] timestamped = PadesSeal.seal(pdf, key, organization.name(), now, authority);
        try {
            return new SealedPdf(PadesSeal.extendToLongTerm(timestamped, authority, fetcher), SealLevel.B_LT);
        } catch (RuntimeException e) {
            LOG.warn(
                    "Certificate sealed at PAdES B-T, not B-LT, for organization {}: no revocation data for its"
                            + " seal's or the time-stamp authority's chain ({}); served, not kept, so the next"
                            + " download tries again",
                    organization.id(),
                    e.getMessage());
            return new SealedPdf(timestamped, SealLevel.B_T);
        }
    }
}
