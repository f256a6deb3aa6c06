package dev.laurel.server.web;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form login with sessions shared through PostgreSQL; public pages as every module's {@link PublicPaths} list them;
 * CSRF protection on every form, except the machine endpoints that change nothing ({@code POST /verify}). The chain
 * comes last ({@link SecurityChains#WEB}): it takes every request no module's own chain took.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * The shell's own: the home page, static files, errors, the public health status; and the actuator's health and
     * metrics, which only the management port serves (the public port has no such pages: they answer 404 there).
     */
    @Bean
    PublicPaths webPublicPaths() {
        return PublicPaths.of(
                        "/",
                        "/css/**",
                        "/js/**",
                        "/images/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/health",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/prometheus",
                        "/dev/clock")
                // The development clock answers 404 unless the clock is adjustable (never in production).
                .ignoringCsrf("/dev/clock");
    }

    @Bean
    @Order(SecurityChains.WEB)
    @ConditionalOnWebApplication
    SecurityFilterChain web(
            HttpSecurity http,
            List<PublicPaths> publicPaths,
            AuthenticationFailureHandler loginFailures,
            AuthenticationSuccessHandler loginSuccesses)
            throws Exception {
        String[] open = publicPaths.stream()
                .flatMap(paths -> paths.patterns().stream())
                .distinct()
                .toArray(String[]::new);
        String[] csrfIgnored = publicPaths.stream()
                .flatMap(paths -> paths.csrfIgnored().stream())
                .distinct()
                .toArray(String[]::new);
        http.authorizeHttpRequests(requests ->
                        requests.requestMatchers(open).permitAll().anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(loginSuccesses)
                        .failureHandler(loginFailures)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(csrfIgnored))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: https:; style-src 'self'; "
                                        + "script-src 'self'; frame-ancestors 'self'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /** Argon2id, the memory-hard hash OWASP recommends for passwords. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }
}
