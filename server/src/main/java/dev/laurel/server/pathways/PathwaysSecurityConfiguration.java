package dev.laurel.server.pathways;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Open to everyone: a published pathway's public page and its documents (an unpublished one answers 404). */
@Configuration(proxyBeanMethods = false)
class PathwaysSecurityConfiguration {

    @Bean
    PublicPaths pathwaysPublicPaths() {
        return PublicPaths.of("/pathways/*", "/pathways/*/ctdl.json");
    }
}
