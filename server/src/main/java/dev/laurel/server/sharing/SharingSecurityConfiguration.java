package dev.laurel.server.sharing;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Open to everyone: the public credential page, its verification panel, its documents and baked downloads. */
@Configuration(proxyBeanMethods = false)
class SharingSecurityConfiguration {

    @Bean
    PublicPaths sharingPublicPaths() {
        return PublicPaths.of("/c/**");
    }
}
