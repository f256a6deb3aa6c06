package dev.laurel.server.signing;

import dev.laurel.server.platform.SealedColumn;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The signing keys' secrets, encrypted under the master key: what a master key rotation encrypts again. */
@Configuration(proxyBeanMethods = false)
class SealedSigningKeys {

    @Bean
    SealedColumn sealedOrganizationSigningKeys() {
        return new SealedColumn(
                "signing_keys", "id", "encrypted_secret", "true", id -> IssuerKeys.context(UUID.fromString(id)));
    }

    @Bean
    SealedColumn sealedAccountSigningKeys() {
        return new SealedColumn(
                "account_keys",
                "account_id",
                "encrypted_secret",
                "true",
                id -> AccountKeys.context(UUID.fromString(id)));
    }

    @Bean
    SealedColumn sealedPlatformSigningKey() {
        return new SealedColumn(
                "platform_keys", "fragment", "encrypted_secret", "true", fragment -> ("platform key " + fragment)
                        .getBytes(StandardCharsets.UTF_8));
    }
}
