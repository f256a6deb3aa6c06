package dev.laurel.server.certificates;

import dev.laurel.server.platform.SealedColumn;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The organizations' certificate seal keys — self-signed and uploaded e-seals — encrypted under the master key, bound
 * as {@link SealKeys} binds them, for re-encryption when the master key rotates.
 */
@Configuration(proxyBeanMethods = false)
class SealedSeals {

    @Bean
    SealedColumn sealedCertificateSealKeys() {
        return new SealedColumn(
                "certificate_seals",
                "organization_id",
                "encrypted_key",
                "true",
                organization -> SealKeys.context(UUID.fromString(organization)));
    }

    @Bean
    SealedColumn sealedUploadedSealKeys() {
        return new SealedColumn(
                "certificate_seal_uploads",
                "organization_id",
                "encrypted_key",
                "true",
                organization -> SealKeys.uploadContext(UUID.fromString(organization)));
    }
}
