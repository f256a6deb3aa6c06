package dev.laurel.server.platform;

import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.GuardedHttpFetcher;
import dev.laurel.credentials.http.HttpFetcher;
import java.time.Clock;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's shared beans: the clock every module reads time from, the master key, the SSRF-guarded fetcher every
 * outbound request goes through, and the default verification method resolver (the signing module adds one that
 * answers for this Laurel's own DIDs from its database).
 */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /**
     * UTC. With {@code laurel.clock.adjustable} (development starts and tests; never with the production profile) the
     * clock can be moved forward through {@code POST /dev/clock}.
     */
    @Bean
    Clock clock(
            @Value("${laurel.clock.adjustable:false}") boolean adjustable,
            org.springframework.core.env.Environment environment) {
        if (adjustable && !environment.matchesProfiles("production")) {
            return new AdjustableClock(Clock.systemUTC());
        }
        return Clock.systemUTC();
    }

    /**
     * Outbound HTTP: public addresses only, unless {@code laurel.fetch.allow-private-addresses} is set (closed
     * networks), or for the hosts listed in {@code laurel.fetch.trusted-hosts} (comma-separated: an issuer on the
     * intranet, a test's local server); at most {@code laurel.fetch.max-concurrent} fetches at once.
     */
    @Bean
    HttpFetcher httpFetcher(
            @Value("${laurel.fetch.allow-private-addresses:false}") boolean allowPrivate,
            @Value("${laurel.fetch.trusted-hosts:}") Set<String> trustedHosts,
            @Value("${laurel.fetch.max-concurrent:32}") int maxConcurrent) {
        HttpFetcher guarded =
                GuardedHttpFetcher.builder().allowPrivateAddresses(allowPrivate).build();
        if (allowPrivate || trustedHosts.isEmpty()) {
            return new CappedFetcher(guarded, maxConcurrent);
        }
        return new CappedFetcher(
                new TrustedHostsFetcher(
                        guarded,
                        GuardedHttpFetcher.builder().allowPrivateAddresses(true).build(),
                        trustedHosts),
                maxConcurrent);
    }

    @Bean
    VerificationMethodResolver verificationMethodResolver(HttpFetcher fetcher) {
        return new DidResolver(fetcher);
    }

    @Bean
    MasterKey masterKey(LaurelSettings settings, @Value("${laurel.master-key-previous:}") String previous) {
        return MasterKey.fromSettings(settings.masterKey(), settings.masterKeyFile())
                .withPrevious(previous);
    }

    /** The check value of the master key, encrypted under it (see {@link MasterKeyCheck}). */
    @Bean
    SealedColumn sealedMasterKeyCheck() {
        return new SealedColumn(
                "platform_settings", "name", "value", "name = 'master_key_check'", name -> MasterKeyCheck.CONTEXT);
    }
}
