package dev.laurel.server.vcapi;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.laurel.credentials.verify.PresentationVerifier;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.platform.BodyLimit;
import dev.laurel.server.platform.Problems;
import dev.laurel.server.web.SecurityChains;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * {@code /vc-api/**}: stateless, authenticated by {@code Authorization: Bearer} with an API key or an access token
 * from {@code /oauth2/token}; failures answered as JSON problems (401 without valid credentials, 403 from the
 * controllers when the client may not act on the instance). No session, no CSRF: no browser cookie reaches it.
 */
@Configuration(proxyBeanMethods = false)
class VcApiSecurityConfiguration {

    @Bean
    @Order(SecurityChains.VC_API)
    @ConditionalOnWebApplication
    SecurityFilterChain vcApi(
            HttpSecurity http, ApiKeys keys, JWKSource<SecurityContext> tokenKeys, VcApiInstances instances)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) ->
                Problems.write(request, response, VcApiProblem.UNAUTHENTICATED.problem(detail(e)));
        http.securityMatcher("/vc-api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiKeyFilter(keys), BasicAuthenticationFilter.class)
                .oauth2ResourceServer(resource -> resource.bearerTokenResolver(AccessTokens::resolve)
                        .jwt(jwt -> jwt.decoder(AccessTokens.decoder(tokenKeys, instances))
                                .jwtAuthenticationConverter(new AccessTokens(keys)))
                        .authenticationEntryPoint(unauthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, e) ->
                                Problems.write(request, response, VcApiProblem.FORBIDDEN.problem(e.getMessage()))));
        return http.build();
    }

    /** Request bodies: at most {@value JsonRequests#MAX_BYTES} bytes, counted as they are read. */
    @Bean
    BodyLimit vcApiBodies() {
        return new BodyLimit("/vc-api/**", JsonRequests.MAX_BYTES, VcApiProblem.TOO_LARGE);
    }

    /** Presentations, verified with the platform's verifier. */
    @Bean
    PresentationVerifier presentationVerifier(Verifier verifier) {
        return new PresentationVerifier(verifier);
    }

    private static String detail(AuthenticationException e) {
        String detail = "send a valid, unrevoked API key, or an access token from /oauth2/token, as "
                + "'Authorization: Bearer …'";
        return e instanceof OAuth2AuthenticationException ? detail + " (" + e.getMessage() + ")" : detail;
    }
}
