package dev.laurel.server.accounts;

import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Open to everyone: signing up, logging in (with a password or a link by mail), confirming an address, setting a password. */
@Configuration(proxyBeanMethods = false)
class AccountsSecurityConfiguration {

    @Bean
    PublicPaths accountsPublicPaths() {
        return PublicPaths.of(
                "/signup",
                "/signup/sent",
                "/login",
                "/login/link",
                "/login/link/**",
                "/accounts/verify-email",
                "/accounts/set-password");
    }
}
