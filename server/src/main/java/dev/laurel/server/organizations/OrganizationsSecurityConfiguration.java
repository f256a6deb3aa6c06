package dev.laurel.server.organizations;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Open to everyone: an invitation's page (accepting needs a login). */
@Configuration(proxyBeanMethods = false)
class OrganizationsSecurityConfiguration {

    @Bean
    PublicPaths organizationsPublicPaths() {
        return PublicPaths.of("/invitations/**");
    }
}
