package dev.laurel.server.credentialendorsements;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Open to everyone: the endorser's pages behind the mailed links. The public panel and download under {@code /c/} are
 * open as the credential's public page is.
 */
@Configuration(proxyBeanMethods = false)
class CredentialEndorsementsSecurityConfiguration {

    @Bean
    PublicPaths credentialEndorsementsPublicPaths() {
        return PublicPaths.of("/endorse/**");
    }
}
