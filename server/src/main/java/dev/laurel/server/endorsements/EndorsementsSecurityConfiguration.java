package dev.laurel.server.endorsements;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Open to everyone: each endorsement at its id, its live verification line, the endorsements' status lists. A badge's
 * endorsements page is under {@code /badges/**}, which issuing opens.
 */
@Configuration(proxyBeanMethods = false)
class EndorsementsSecurityConfiguration {

    @Bean
    PublicPaths endorsementsPublicPaths() {
        return PublicPaths.of("/endorsements/*", "/endorsements/*/verification", "/endorsements/status/*");
    }
}
