package dev.laurel.server.backpack;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The embeddable card ({@code /embed/ID}) may be framed by any site, unlike every other page: its own chain, open to
 * all, stateless, with a policy that allows no script at all.
 */
@Configuration(proxyBeanMethods = false)
class EmbedSecurityConfiguration {

    @Bean
    @Order(3)
    @ConditionalOnWebApplication
    SecurityFilterChain embeds(HttpSecurity http) throws Exception {
        http.securityMatcher("/embed/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frames -> frames.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; img-src 'self' data: "
                                + "https:; style-src 'self' 'unsafe-inline'; frame-ancestors *; base-uri 'none'")));
        return http.build();
    }
}
