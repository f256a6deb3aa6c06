package dev.laurel.server.signing;

import dev.laurel.credentials.did.CachingResolver;
import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.did.Resolution;
import dev.laurel.credentials.did.VerificationMethod;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.key.Multikey;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Resolves this Laurel's own issuers' keys and its platform key from the database (no HTTP to itself, and it works in
 * development where the did:web host is plain http), and everything else through the guarded {@link DidResolver},
 * each resolution remembered for {@code laurel.verification.remote-cache-ttl} (default 5 minutes).
 */
@Component
@Primary
class LocalDidResolver implements VerificationMethodResolver {

    private final SigningKeys keys;
    private final IssuerKeys issuers;
    private final String prefix;
    private final VerificationMethodResolver remote;
    private final PlatformKey platform;
    private final AccountKeys accounts;
    private final String accountPrefix;

    LocalDidResolver(
            SigningKeys keys,
            IssuerKeys issuers,
            HttpFetcher fetcher,
            dev.laurel.server.platform.LaurelSettings settings,
            PlatformKey platform,
            AccountKeys accounts,
            Clock clock,
            @Value("${laurel.verification.remote-cache-ttl:5m}") Duration ttl) {
        this.platform = platform;
        this.keys = keys;
        this.issuers = issuers;
        this.prefix = settings.didWebPrefix() + ":issuers:";
        this.accounts = accounts;
        this.accountPrefix = settings.didWebPrefix() + ":accounts:";
        this.remote = new CachingResolver(new DidResolver(fetcher), clock, ttl, 1000);
    }

    @Override
    public Resolution resolve(String url) {
        if (url != null && url.equals(platform.verificationMethod())) {
            return new Resolution.Resolved(new VerificationMethod(
                    url,
                    "Multikey",
                    platform.did(),
                    Multikey.fromMultibase(platform.publicKeyMultibase()).toJwk(),
                    Set.of("assertionMethod")));
        }
        if (url != null && url.startsWith(accountPrefix)) {
            return account(url);
        }
        if (url == null || !url.startsWith(prefix)) {
            return remote.resolve(url);
        }
        int hash = url.indexOf('#');
        if (hash < 0) {
            return new Resolution.Unresolved(url, "a did:web verification method needs a fragment naming the key");
        }
        UUID organizationId;
        try {
            organizationId = UUID.fromString(url.substring(prefix.length(), hash));
        } catch (IllegalArgumentException e) {
            return new Resolution.Unresolved(url, "no issuer " + url.substring(0, hash) + " on this Laurel");
        }
        String did = issuers.issuerDid(organizationId);
        return keys.find(organizationId, url.substring(hash + 1))
                .<Resolution>map(key -> new Resolution.Resolved(new VerificationMethod(
                        url,
                        "Multikey",
                        did,
                        Multikey.fromMultibase(key.publicKeyMultibase()).toJwk(),
                        Set.of("assertionMethod"))))
                .orElseGet(() -> new Resolution.Unresolved(
                        url, "the DID document of " + did + " has no key " + url.substring(hash + 1)));
    }

    private Resolution account(String url) {
        int hash = url.indexOf('#');
        if (hash < 0) {
            return new Resolution.Unresolved(url, "a did:web verification method needs a fragment naming the key");
        }
        UUID accountId;
        try {
            accountId = UUID.fromString(url.substring(accountPrefix.length(), hash));
        } catch (IllegalArgumentException e) {
            return new Resolution.Unresolved(url, "no account " + url.substring(0, hash) + " on this Laurel");
        }
        String did = accounts.did(accountId);
        return accounts.publicKey(accountId, url.substring(hash + 1))
                .<Resolution>map(key -> new Resolution.Resolved(new VerificationMethod(
                        url, "Multikey", did, Multikey.fromMultibase(key).toJwk(), Set.of("assertionMethod"))))
                .orElseGet(() -> new Resolution.Unresolved(
                        url, "the DID document of " + did + " has no key " + url.substring(hash + 1)));
    }
}
