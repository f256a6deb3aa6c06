package dev.laurel.server.verification;

import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.verify.Verifier;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Verifier}: the platform's clock, its guarded fetcher, and whichever resolver is primary. */
@Configuration(proxyBeanMethods = false)
class VerificationConfiguration {

    @Bean
    Verifier verifier(Clock clock, HttpFetcher fetcher, VerificationMethodResolver resolver) {
        return Verifier.builder()
                .clock(clock)
                .fetcher(fetcher)
                .resolver(resolver)
                .build();
    }
}
