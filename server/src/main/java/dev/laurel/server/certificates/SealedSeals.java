package dev.laurel.server.certificates;

import dev.laurel.server.platform.SealedColumn;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The organizations' certificate seal keys, encrypted under the master key (bound as {@link SealKeys} binds them). */
@Configuration(proxyBeanMethods = false)
class SealedSeals {

    @Bean
    SealedColumn sealedCertificateSealKeys() {
        return new SealedColumn(
                "certificate_seals", "organization_id", "encrypted_key", "true", organization -> ("certificate-seal:"
                                + organization)
                        .getBytes(StandardCharsets.UTF_8));
    }
}
