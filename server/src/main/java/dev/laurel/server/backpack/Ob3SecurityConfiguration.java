package dev.laurel.server.backpack;

import dev.laurel.server.oauth.EarnerTokens;
import dev.laurel.server.platform.BodyLimit;
import dev.laurel.server.platform.ErrorCode;
import dev.laurel.server.web.SecurityChains;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /ims/ob/v3p0/**}: the OB 3.0 API, stateless; the discovery document is public, every other route needs an
 * access token an earner granted ({@link EarnerTokens}: no API key, no VC-API token), each route checking its scope.
 * Refusals in the API's {@code Imsx_StatusInfo} shape.
 */
@Configuration(proxyBeanMethods = false)
class Ob3SecurityConfiguration {

    /** The largest body {@code upsertCredential} and {@code putProfile} take. */
    static final long MAX_BYTES = 2 * 1024 * 1024;

    @Bean
    @Order(SecurityChains.OB3_API)
    @ConditionalOnWebApplication
    SecurityFilterChain openBadgesApi(HttpSecurity http, EarnerTokens tokens) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> Imsx.unauthorized(
                        "send an access token the earner granted, as 'Authorization: Bearer …'")
                .write(response);
        http.securityMatcher("/ims/ob/v3p0/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/ims/ob/v3p0/discovery")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(resource -> resource.jwt(
                                jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) ->
                                Imsx.forbidden(e.getMessage()).write(response)));
        return http.build();
    }

    @Bean
    BodyLimit openBadgesApiBodies() {
        return new BodyLimit("/ims/ob/v3p0/**", MAX_BYTES, TooLarge.CODE);
    }

    /** A body over the bound. */
    enum TooLarge implements ErrorCode {
        CODE;

        @Override
        public String code() {
            return "ob3.too-large";
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONTENT_TOO_LARGE;
        }

        @Override
        public String title() {
            return "Request too large";
        }
    }
}
