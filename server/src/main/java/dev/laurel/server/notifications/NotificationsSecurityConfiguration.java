package dev.laurel.server.notifications;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Open to everyone: the development outbox page, where it is switched on. */
@Configuration(proxyBeanMethods = false)
class NotificationsSecurityConfiguration {

    @Bean
    PublicPaths notificationsPublicPaths() {
        return PublicPaths.of("/dev/mail", "/dev/mail/**");
    }
}
