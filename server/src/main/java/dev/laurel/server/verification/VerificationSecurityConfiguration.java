package dev.laurel.server.verification;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Open to everyone: the verification page and its API; {@code POST /verify} takes no CSRF token, since machines call it
 * and it changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class VerificationSecurityConfiguration {

    @Bean
    PublicPaths verificationPublicPaths() {
        return PublicPaths.of("/verify", "/verify/**").ignoringCsrf("/verify");
    }
}
