package dev.laurel.server.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Bounds request bodies on the routes modules declare with {@link BodyLimit}, before any authentication or parsing:
 * an announced {@code Content-Length} over the limit is answered 413 without reading; any other body — chunked ones
 * included — is counted as it is read, and the read that passes the limit throws the limit's {@link Problem} (and so
 * does every later one), so the request stops there: a transaction reading the body rolls back, nothing half-read is
 * kept. When a handler turned that failure into another answer not yet sent, the 413 replaces it. Bodies the
 * container parses itself (forms, multipart) are bounded by its own limits, which also count the stream. Thread-safe.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodyLimits extends OncePerRequestFilter {

    private final Map<PathPattern, BodyLimit> routes;

    BodyLimits(List<BodyLimit> limits) {
        this.routes = limits.stream()
                .collect(Collectors.toMap(
                        limit -> PathPatternParser.defaultInstance.parse(limit.route()),
                        Function.identity(),
                        (a, b) -> {
                            throw new IllegalStateException("two body limits for " + a.route());
                        },
                        () -> new java.util.TreeMap<>(PathPattern.SPECIFICITY_COMPARATOR)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<BodyLimit> limit = limit(request);
        if (limit.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit.get().maxBytes()) {
            Problems.write(request, response, limit.get().problem());
            return;
        }
        Counted counted = new Counted(request, limit.get());
        try {
            chain.doFilter(counted, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!counted.exceeded() || response.isCommitted()) {
                throw e;
            }
        }
        if (counted.exceeded() && !response.isCommitted()) {
            response.reset();
            Problems.write(request, response, limit.get().problem());
        }
    }

    private Optional<BodyLimit> limit(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return routes.entrySet().stream()
                .filter(route -> route.getKey().matches(path))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The request with its body counted. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final BodyLimit limit;
        private CountedStream stream;

        Counted(HttpServletRequest request, BodyLimit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountedStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        boolean exceeded() {
            return stream != null && stream.exceeded;
        }
    }

    /** Counts what is read; past the limit, every read throws the limit's problem. */
    private static final class CountedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final BodyLimit limit;
        private long count;
        private boolean exceeded;

        CountedStream(ServletInputStream in, BodyLimit limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            check(0);
            int b = in.read();
            check(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check(0);
            int n = in.read(buffer, offset, length);
            check(Math.max(n, 0));
            return n;
        }

        private void check(int read) {
            count += read;
            if (exceeded || count > limit.maxBytes()) {
                exceeded = true;
                throw limit.problem();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
