package dev.laurel.server.claims;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Open to everyone: the claim link's page (accepting needs a login). */
@Configuration(proxyBeanMethods = false)
class ClaimsSecurityConfiguration {

    @Bean
    PublicPaths claimsPublicPaths() {
        return PublicPaths.of("/claim/**");
    }
}
