package dev.laurel.server.sharing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.server.backpack.CredentialPrivacy;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.signing.ProofFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Finds credentials by the id in their public URL; an id that is not a UUID is simply not found, nor is a credential
 * its earner made private in their backpack, nor one whose earner deleted their account (its document, which names
 * them, is erased).
 */
@Component
class SharedCredentials {

    private final IssuedCredentials credentials;
    private final Organizations organizations;
    private final LaurelSettings settings;
    private final CredentialPrivacy privacy;

    SharedCredentials(
            IssuedCredentials credentials,
            Organizations organizations,
            LaurelSettings settings,
            CredentialPrivacy privacy) {
        this.credentials = credentials;
        this.privacy = privacy;
        this.organizations = organizations;
        this.settings = settings;
    }

    Optional<SharedCredential> find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (privacy.hidden(uuid)) {
            return Optional.empty();
        }
        return credentials
                .find(new CredentialId(uuid))
                .filter(c -> !c.recipientForgotten())
                .map(this::shared);
    }

    private SharedCredential shared(IssuedCredential credential) {
        JsonNode json = credential.format() == ProofFormat.VC_JWT
                ? DecodedJwt.parse(credential.document()).credential()
                : Json.parse(credential.document());
        return new SharedCredential(
                credential,
                organizations.find(credential.organizationId()).orElseThrow(),
                json,
                CredentialFacts.of(json),
                settings.url("/c/" + credential.id()));
    }
}
