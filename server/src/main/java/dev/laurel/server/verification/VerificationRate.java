package dev.laurel.server.verification;

import dev.laurel.server.platform.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How often one client may have credentials verified — each verification may canonicalize JSON-LD and fetch from
 * other hosts for seconds: {@code laurel.verify.rate.per-minute} (60 by default) at once, then one more each share of a
 * minute, counted per client address as the servlet request gives it (an IPv6 client per /64 network) in this node's
 * memory ({@link RateLimiter}). Counted: {@code POST /verify}, {@code GET /verify?url=…}, and {@code GET
 * /c/{id}/verification}, the credential page's live check, which runs the same verification. Beyond, the request is
 * refused before it runs ({@link Exceeded}: 429 with {@code Retry-After}).
 */
@Component
class VerificationRate implements HandlerInterceptor, WebMvcConfigurer {

    /** Beyond this many clients counted at once, those idle for a minute are forgotten. */
    private static final int MAX_CLIENTS = 100_000;

    /** A request over its client's rate: answered 429 after {@code retryAfterSeconds}. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long retryAfterSeconds;

        Exceeded(long retryAfterSeconds) {
            super("too many verifications from this client; retry in " + retryAfterSeconds + " s", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private final RateLimiter<String> limiter = new RateLimiter<>(MAX_CLIENTS);
    private final int perMinute;

    VerificationRate(@Value("${laurel.verify.rate.per-minute:60}") int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("laurel.verify.rate.per-minute must be at least 1");
        }
        this.perMinute = perMinute;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/verify", "/c/*/verification");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean form = request.getMethod().equals("GET")
                && request.getRequestURI().endsWith("/verify")
                && request.getParameter("url") == null;
        if (form || request.getMethod().equals("HEAD") || request.getMethod().equals("OPTIONS")) {
            return true;
        }
        RateLimiter.Decision decision = limiter.take(client(request.getRemoteAddr()), () -> perMinute);
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
            throw new Exceeded(decision.retryAfterSeconds());
        }
        return true;
    }

    /** The address counted: an IPv4 address itself, an IPv6 address's /64 network (one host usually has all of it). */
    static String client(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                return Arrays.toString(Arrays.copyOf(parsed.getAddress(), 8)) + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }
}
