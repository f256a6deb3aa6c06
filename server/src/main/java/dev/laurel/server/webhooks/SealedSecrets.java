package dev.laurel.server.webhooks;

import dev.laurel.server.platform.SealedColumn;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The endpoints' signing secrets (and the previous ones of a secret rotation), encrypted under the master key. */
@Configuration(proxyBeanMethods = false)
class SealedSecrets {

    @Bean
    SealedColumn sealedWebhookSecrets() {
        return new SealedColumn(
                "webhook_endpoints", "id", "secret_ciphertext", "true", id -> Endpoints.context(UUID.fromString(id)));
    }

    @Bean
    SealedColumn sealedPreviousWebhookSecrets() {
        return new SealedColumn(
                "webhook_endpoints",
                "id",
                "previous_secret_ciphertext",
                "true",
                id -> Endpoints.context(UUID.fromString(id)));
    }
}
