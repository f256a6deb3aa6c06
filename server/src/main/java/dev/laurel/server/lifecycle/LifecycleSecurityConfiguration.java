package dev.laurel.server.lifecycle;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Open to everyone: the unsubscribe link of reminder mails, whose one-click POST (RFC 8058) carries no CSRF token. */
@Configuration(proxyBeanMethods = false)
class LifecycleSecurityConfiguration {

    @Bean
    PublicPaths lifecyclePublicPaths() {
        return PublicPaths.of("/unsubscribe/*").ignoringCsrf("/unsubscribe/*");
    }
}
