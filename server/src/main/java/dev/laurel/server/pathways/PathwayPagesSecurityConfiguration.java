package dev.laurel.server.pathways;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Open to everyone: a published pathway's page ({@code /pathways/ID}, its JSON-LD and CTDL alike). The earner's "My
 * pathways" lives under {@code /backpack/}, which needs a login.
 */
@Configuration(proxyBeanMethods = false)
class PathwayPagesSecurityConfiguration {

    @Bean
    PublicPaths pathwayPagesPublicPaths() {
        return PublicPaths.of("/pathways/**");
    }
}
