package dev.laurel.server.presentations;

import dev.laurel.server.platform.BodyLimit;
import dev.laurel.server.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Open to everyone: the wallet verification page and the endpoints wallets call. The page's "start" post and the
 * wallet's response take no CSRF token (a wallet has none, and the page keeps no session, as {@code /verify});
 * a response body is bounded at {@link #MAX_RESPONSE_BYTES}.
 */
@Configuration(proxyBeanMethods = false)
class PresentationsSecurityConfiguration {

    /** The largest response a wallet may post: a presentation of one badge, its image inline, fits well. */
    static final long MAX_RESPONSE_BYTES = 1024 * 1024;

    @Bean
    PublicPaths presentationsPublicPaths() {
        return PublicPaths.of("/verify/wallet", AuthorizationRequest.RESPONSE_PATH, "/verify/wallet/**")
                .ignoringCsrf("/verify/wallet", AuthorizationRequest.RESPONSE_PATH);
    }

    @Bean
    BodyLimit presentationsResponseLimit() {
        return new BodyLimit(AuthorizationRequest.RESPONSE_PATH, MAX_RESPONSE_BYTES, PresentationError.TOO_LARGE);
    }
}
