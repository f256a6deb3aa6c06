package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import io.github.bucket4j.TimeMeter;
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
 * What every {@code /api} request may take: requests per minute per API key ({@code laurel.api.rate-limit.per-minute},
 * 600 by default, or the key's own limit in {@code api_rate_limits}), answered 429 {@code api.rate-limited} with
 * {@code Retry-After} beyond it; and bodies of at most {@value #MAX_BODY_BYTES} bytes ({@value
 * #MAX_BULK_BODY_BYTES} for bulk issuing), answered 413 {@code api.payload-too-large}. Counted in this node's memory (see {@link RateLimiter}).
 */
@Component
class RequestLimits implements HandlerInterceptor {

    /** The largest request body: a 2 MB image as a base64 data: URI, and the rest of an achievement. */
    static final long MAX_BODY_BYTES = 3 * 1024 * 1024;

    /** A bulk issuing body, streamed row by row rather than held: a few hundred thousand recipients. */
    static final long MAX_BULK_BODY_BYTES = 64 * 1024 * 1024;

    private final RateLimiter limiter = new RateLimiter(TimeMeter.SYSTEM_MILLISECONDS);
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
        long max = request.getRequestURI().endsWith("/bulk") ? MAX_BULK_BODY_BYTES : MAX_BODY_BYTES;
        if (request.getContentLengthLong() > max) {
            throw ApiError.PAYLOAD_TOO_LARGE.problem("The request body is larger than " + max + " bytes.");
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ApiClient client)) {
            return true;
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

    private int perMinute(UUID keyId) {
        return jdbc.sql("select per_minute from api_rate_limits where api_key_id = :key")
                .param("key", keyId)
                .query(Integer.class)
                .optional()
                .orElse(defaultPerMinute);
    }
}
