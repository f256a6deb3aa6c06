package dev.laurel.server.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API's documentation is public, read-only, and sessionless; Swagger UI sets inline styles, so its pages (only
 * they) allow {@code 'unsafe-inline'} styles — scripts stay {@code 'self'}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class DocsSecurityConfiguration {

    static final String[] PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @Order(2)
    SecurityFilterChain apiDocsSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(
                        headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                                + "script-src 'self'; connect-src 'self'; frame-ancestors 'self'; form-action 'self'")));
        return http.build();
    }
}
