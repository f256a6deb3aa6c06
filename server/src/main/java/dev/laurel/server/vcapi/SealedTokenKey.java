package dev.laurel.server.vcapi;

import dev.laurel.server.platform.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The key that signs VC-API access tokens, encrypted under the master key. */
@Configuration(proxyBeanMethods = false)
class SealedTokenKey {

    @Bean
    SealedColumn sealedTokenSigningKey() {
        return new SealedColumn(
                "vcapi_token_keys", "purpose", "encrypted_jwk", "true", purpose -> TokenSigningKey.CONTEXT);
    }
}
