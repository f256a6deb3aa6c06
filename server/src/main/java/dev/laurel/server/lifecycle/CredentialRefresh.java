package dev.laurel.server.lifecycle;

import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.signing.ProofFormat;
import dev.laurel.server.web.PublicPaths;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The refresh service every credential names ({@code refreshService}, type {@code 1EdTechCredentialRefresh}, id
 * {@code /c/ID/refresh}): a wallet that calls it, by GET or POST, is sent (303) to the current credential — the newest
 * renewal of the one it holds, or the same one — as signed, {@code credential.json} or {@code credential.jwt}. The
 * public credential page's rules apply there (a private or erased credential is not served). Open to everyone, no
 * CSRF token: it changes nothing.
 */
@RestController
class CredentialRefresh {

    /** The most renewals followed: far more than a credential's lifetime holds. */
    static final int MAX_HOPS = 100;

    private final IssuedCredentials credentials;

    CredentialRefresh(IssuedCredentials credentials) {
        this.credentials = credentials;
    }

    @Configuration(proxyBeanMethods = false)
    static class Paths {
        @Bean
        PublicPaths lifecycleRefreshPaths() {
            return PublicPaths.of("/c/*/refresh").ignoringCsrf("/c/*/refresh");
        }
    }

    @RequestMapping(
            path = "/c/{credentialId}/refresh",
            method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<Void> refresh(@PathVariable String credentialId) {
        IssuedCredential current = current(credentialId)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
        String file = current.format() == ProofFormat.VC_JWT ? "credential.jwt" : "credential.json";
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/c/" + current.id() + "/" + file))
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The newest renewal of the credential, or the credential itself. */
    private Optional<IssuedCredential> current(String credentialId) {
        UUID id;
        try {
            id = UUID.fromString(credentialId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<IssuedCredential> found = credentials.find(new CredentialId(id));
        for (int hop = 0; hop < MAX_HOPS && found.isPresent() && found.get().renewedBy() != null; hop++) {
            found = credentials.find(found.get().renewedBy());
        }
        return found;
    }
}
