package dev.laurel.server.presentations;

import dev.laurel.server.platform.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How often one client address may call "Verify from a wallet" — open a request, poll it, fetch a request object,
 * post a response: {@code laurel.presentations.rate.per-minute} (120 by default: a page polls every two seconds) at
 * once, then one more each share of a minute, in this node's memory. Beyond, 429 with {@code Retry-After}.
 */
@Component
class WalletRate implements HandlerInterceptor, WebMvcConfigurer {

    private static final int MAX_CLIENTS = 100_000;

    private final RateLimiter<String> limiter = new RateLimiter<>(MAX_CLIENTS);
    private final int perMinute;

    WalletRate(@Value("${laurel.presentations.rate.per-minute:120}") int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("laurel.presentations.rate.per-minute must be at least 1");
        }
        this.perMinute = perMinute;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/verify/wallet", "/verify/wallet/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        RateLimiter.Decision decision = limiter.take(String.valueOf(request.getRemoteAddr()), () -> perMinute);
        if (!decision.allowed()) {
            throw PresentationError.RATE_LIMITED
                    .problem("Too many wallet requests from this network: try again in " + decision.retryAfterSeconds()
                            + " seconds.")
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
        }
        return true;
    }
}
