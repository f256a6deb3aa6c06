package dev.laurel.server.issuing;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Open to everyone: badge images and the status lists verifiers read. */
@Configuration(proxyBeanMethods = false)
class IssuingSecurityConfiguration {

    @Bean
    PublicPaths issuingPublicPaths() {
        return PublicPaths.of("/badges/**", "/status/**");
    }
}
