package dev.laurel.server.oauth;

import dev.laurel.server.platform.BodyLimit;
import dev.laurel.server.platform.Problems;
import dev.laurel.server.platform.RateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Open registration is public, so it is bounded: bodies of at most {@value #MAX_BYTES} bytes, and {@code
 * laurel.oauth.registration.per-minute} registrations (10 by default) per client address and minute, counted in this
 * node's memory; beyond, 429 with {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationLimits {

    static final long MAX_BYTES = 16 * 1024;

    @Bean
    BodyLimit registrationBodies() {
        return new BodyLimit(AuthorizationServer.REGISTRATION, MAX_BYTES, OAuthProblem.TOO_LARGE);
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> registrationRate(
            @Value("${laurel.oauth.registration.per-minute:10}") int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("laurel.oauth.registration.per-minute must be at least 1");
        }
        RateLimiter<String> limiter = new RateLimiter<>(100_000);
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod())) {
                    RateLimiter.Decision decision =
                            limiter.take(String.valueOf(request.getRemoteAddr()), () -> perMinute);
                    if (!decision.allowed()) {
                        Problems.write(
                                request,
                                response,
                                OAuthProblem.RATE_LIMITED
                                        .problem("Too many registrations from this address; retry in "
                                                + decision.retryAfterSeconds() + " s.")
                                        .header("Retry-After", String.valueOf(decision.retryAfterSeconds())));
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(AuthorizationServer.REGISTRATION);
        registration.setOrder(-200);
        return registration;
    }
}
