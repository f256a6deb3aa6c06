package dev.laurel.server.signing;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Open to everyone: issuer pages, their DID documents and the platform's own. */
@Configuration(proxyBeanMethods = false)
class SigningSecurityConfiguration {

    @Bean
    PublicPaths signingPublicPaths() {
        return PublicPaths.of("/issuers/**", "/.well-known/did.json", "/accounts/*/did.json");
    }
}
