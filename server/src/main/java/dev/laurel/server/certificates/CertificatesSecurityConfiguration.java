package dev.laurel.server.certificates;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Open to everyone: a public credential's certificate PDF. */
@Configuration(proxyBeanMethods = false)
class CertificatesSecurityConfiguration {

    @Bean
    PublicPaths certificatesPublicPaths() {
        return PublicPaths.of("/c/*/certificate.pdf");
    }
}
