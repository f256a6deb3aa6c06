package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.bulk.BulkJobs;
import dev.laurel.server.platform.BodyLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every {@code /api} request passes {@link RequestLimits}, and its body is bounded on the stream: at most {@value
 * #MAX_BODY_BYTES} bytes, and for bulk issuing the bulk upload limit ({@code laurel.bulk.max-upload-size}); beyond,
 * 413 {@code api.payload-too-large}.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    /** The largest request body: a 2 MB image as a base64 data: URI, and the rest of an achievement. */
    static final long MAX_BODY_BYTES = 3 * 1024 * 1024;

    private final RequestLimits limits;

    ApiWebConfiguration(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(limits).addPathPatterns("/api/**");
    }

    @Bean
    BodyLimit apiBodies() {
        return new BodyLimit("/api/**", MAX_BODY_BYTES, ApiError.PAYLOAD_TOO_LARGE);
    }

    /** A bulk issuing body, streamed row by row rather than held: a few hundred thousand recipients. */
    @Bean
    BodyLimit bulkBodies(BulkJobs jobs) {
        return new BodyLimit("/api/v1/achievements/{id}/bulk", jobs.maxUploadBytes(), ApiError.PAYLOAD_TOO_LARGE);
    }
}
