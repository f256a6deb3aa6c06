package dev.laurel.server.backpack;

import dev.laurel.server.web.PublicPaths;
import dev.laurel.server.web.SecurityChains;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Open to everyone: an import's public page, a share link, a published profile, the embeddable card, and confirming a
 * further address from its mail. The embeddable card ({@code /embed/ID}) may be framed by any site, unlike every other
 * page: its own chain, open to all, stateless, with a policy that allows no script at all.
 */
@Configuration(proxyBeanMethods = false)
class BackpackSecurityConfiguration {

    @Bean
    PublicPaths backpackPublicPaths() {
        return PublicPaths.of("/i/**", "/embed/**", "/s/**", "/u/**", "/backpack/addresses/confirm");
    }

    @Bean
    @Order(SecurityChains.EMBED)
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
