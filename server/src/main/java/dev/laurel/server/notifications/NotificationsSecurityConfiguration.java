package dev.laurel.server.notifications;

import dev.laurel.server.web.PublicPaths;
import dev.laurel.server.web.SecurityChains;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;

/**
 * Open to everyone: the development outbox page, where it is switched on. A mail's HTML body has its own chain: the
 * mail page frames it, so it may be framed by this origin (every other page may not be framed at all), and it allows
 * no script (the controller sends its policy).
 */
@Configuration(proxyBeanMethods = false)
class NotificationsSecurityConfiguration {

    @Bean
    PublicPaths notificationsPublicPaths() {
        return PublicPaths.of("/dev/mail", "/dev/mail/**");
    }

    @Bean
    @Order(SecurityChains.DEV_MAIL_BODY)
    @ConditionalOnWebApplication
    SecurityFilterChain devMailBodies(HttpSecurity http) throws Exception {
        http.securityMatcher("/dev/mail/*/html")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frames -> frames.disable())
                        .addHeaderWriter(
                                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)));
        return http.build();
    }
}
