package dev.laurel.server.api;

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
 * The API's documentation is public, read-only, and sessionless; Swagger UI sets inline styles, so its pages (only
 * they) allow {@code 'unsafe-inline'} styles — scripts stay {@code 'self'}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class DocsSecurityConfiguration {

    static final String[] PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /** Open in the web chain too, as they always were; this chain takes their requests first. */
    @Bean
    PublicPaths apiDocsPublicPaths() {
        return PublicPaths.of(PATHS);
    }

    @Bean
    @Order(SecurityChains.API_DOCS)
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
