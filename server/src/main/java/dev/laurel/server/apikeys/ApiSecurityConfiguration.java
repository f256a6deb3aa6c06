package dev.laurel.server.apikeys;

import dev.laurel.server.platform.Problems;
import dev.laurel.server.web.SecurityChains;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The machine side: {@code /api/**} is stateless, authenticated by {@code Authorization: Bearer KEY} with an API key,
 * and answers failures as RFC 9457 problem details (401 without a valid key, 403 without the scope). No session, no
 * CSRF: nothing here is reachable with a browser's cookies. ({@code /vc-api/**} has its own chain in {@code vcapi},
 * which takes API keys and OAuth 2.0 access tokens.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

    /** Paths of the machine interfaces. */
    static final String[] PATHS = {"/api/**"};

    @Bean
    @Order(SecurityChains.MACHINE_API)
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys) throws Exception {
        http.securityMatcher(PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerKeyFilter(keys), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> Problems.write(
                                request,
                                response,
                                ApiError.UNAUTHENTICATED.problem(
                                        "Send a valid, unrevoked API key as 'Authorization: Bearer KEY'.")))
                        .accessDeniedHandler((request, response, e) ->
                                Problems.write(request, response, ApiError.FORBIDDEN.problem(e.getMessage()))));
        return http.build();
    }

    /** Reads {@code Authorization: Bearer lrl_…}; anything else leaves the request unauthenticated. */
    static final class BearerKeyFilter extends OncePerRequestFilter {

        private final ApiKeys keys;

        BearerKeyFilter(ApiKeys keys) {
            this.keys = keys;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                keys.authenticate(header.substring(7).strip()).ifPresent(client -> SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                client, null, List.of(new SimpleGrantedAuthority("ROLE_API")))));
            }
            chain.doFilter(request, response);
        }
    }
}
