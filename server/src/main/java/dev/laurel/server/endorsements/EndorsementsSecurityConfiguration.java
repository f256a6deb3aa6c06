package dev.laurel.server.endorsements;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Open to everyone: each endorsement at its id and the endorsements' status lists. */
@Configuration(proxyBeanMethods = false)
class EndorsementsSecurityConfiguration {

    @Bean
    PublicPaths endorsementsPublicPaths() {
        return PublicPaths.of("/endorsements/*", "/endorsements/status/*");
    }
}
