package dev.laurel.server.applications;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Open to everyone: an outside expert's review page (their mailed link is their key) and the evidence files of an
 * application whose credential was issued (its evidence names them).
 */
@Configuration(proxyBeanMethods = false)
class ApplicationsSecurityConfiguration {

    @Bean
    PublicPaths applicationsPublicPaths() {
        return PublicPaths.of("/review/*", "/review/*/files/*", "/applications/*/evidence/*");
    }
}
