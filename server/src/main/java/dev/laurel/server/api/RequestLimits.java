package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.platform.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * How many requests an API key may make: per minute ({@code laurel.api.rate-limit.per-minute}, 600 by default, or the
 * key's own limit in {@code api_rate_limits}), answered 429 {@code api.rate-limited} with {@code Retry-After} beyond
 * it. Counted in this node's memory (see {@link RateLimiter}). The size of bodies is bounded before, on the stream, by
 * the limits {@link ApiWebConfiguration} declares; and a key that may only read is refused a request with a body (403
 * {@code api.scope}) before it is read — every operation that takes one needs the issue, revoke or admin scope, which
 * the operation then checks exactly.
 */
@Component
class RequestLimits implements HandlerInterceptor {

    /** Keys are few (each made by an administrator): the bound only guards memory. */
    private final RateLimiter<UUID> limiter = new RateLimiter<>(100_000);

    private final int defaultPerMinute;
    private final JdbcClient jdbc;

    RequestLimits(@Value("${laurel.api.rate-limit.per-minute:600}") int defaultPerMinute, JdbcClient jdbc) {
        if (defaultPerMinute < 1) {
            throw new IllegalArgumentException("laurel.api.rate-limit.per-minute must be at least 1");
        }
        this.defaultPerMinute = defaultPerMinute;
        this.jdbc = jdbc;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ApiClient client)) {
            return true;
        }
        if (hasBody(request) && !Scope.ISSUE.grantedBy(client.scopes()) && !Scope.REVOKE.grantedBy(client.scopes())) {
            throw ApiError.SCOPE.problem(
                    "this API key may only read: a request with a body needs the issue, revoke or admin scope");
        }
        RateLimiter.Decision decision = limiter.take(client.keyId(), () -> perMinute(client.keyId()));
        response.setHeader("X-RateLimit-Limit", String.valueOf(decision.limit()));
        response.setHeader("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
        if (!decision.allowed()) {
            throw ApiError.RATE_LIMITED
                    .problem("This API key made more than " + decision.limit() + " requests in a minute; retry in "
                            + decision.retryAfterSeconds() + " s.")
                    .header("Retry-After", String.valueOf(decision.retryAfterSeconds()));
        }
        return true;
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private int perMinute(UUID keyId) {
        return jdbc.sql("select per_minute from api_rate_limits where api_key_id = :key")
                .param("key", keyId)
                .query(Integer.class)
                .optional()
                .orElse(defaultPerMinute);
    }
}
