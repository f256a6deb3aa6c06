package dev.laurel.server.verification;

import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.jsonld.JsonLdPaths;
import dev.laurel.credentials.verify.Verifier;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Verifier}: the platform's clock, its guarded fetcher, the issuing module's status fetcher (remote
 * lists remembered for a while, this Laurel's own always current), and whichever resolver is primary. The library's
 * JSON-LD conversions are counted in the metric {@code laurel.jsonld.conversions}, tagged {@code path} ({@code fast} or
 * {@code general}).
 */
@Configuration(proxyBeanMethods = false)
class VerificationConfiguration {

    @Bean
    Verifier verifier(
            Clock clock,
            HttpFetcher fetcher,
            @Qualifier("statusFetcher") HttpFetcher statusFetcher,
            VerificationMethodResolver resolver) {
        return Verifier.builder()
                .clock(clock)
                .fetcher(fetcher)
                .statusFetcher(statusFetcher)
                .resolver(resolver)
                .build();
    }

    @Bean
    MeterBinder jsonLdConversions() {
        return registry -> {
            FunctionCounter.builder(
                            "laurel.jsonld.conversions", JsonLdPaths.class, paths -> JsonLdPaths.fastPathCount())
                    .description("JSON-LD documents converted to RDF, by the fast path or the general processor")
                    .tag("path", "fast")
                    .register(registry);
            FunctionCounter.builder(
                            "laurel.jsonld.conversions", JsonLdPaths.class, paths -> JsonLdPaths.fallbackCount())
                    .description("JSON-LD documents converted to RDF, by the fast path or the general processor")
                    .tag("path", "general")
                    .register(registry);
        };
    }
}
