package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.Issuance;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.OrganizationId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issuing through the API: {@link Issuance} as the key, with the {@code Idempotency-Key} claimed in the same
 * transaction — the earner's mail, the claim link and the audit entry follow from {@code CredentialsIssued} exactly as
 * when a member issues.
 */
@Service
class ApiIssuance {

    /** The credential, and whether an earlier request with the same Idempotency-Key made it. */
    record Outcome(IssuedCredential credential, boolean replayed) {}

    private final Issuance issuance;
    private final IssuedCredentials credentials;
    private final IdempotencyKeys idempotency;
    private final JsonMapper json;

    ApiIssuance(Issuance issuance, IssuedCredentials credentials, IdempotencyKeys idempotency, JsonMapper json) {
        this.issuance = issuance;
        this.credentials = credentials;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Transactional
    Outcome issue(ApiClient client, UUID achievementId, IssueRequest request, String idempotencyKey) {
        if (idempotencyKey != null) {
            String hash = hash(achievementId + "\n" + json.writeValueAsString(request));
            Optional<UUID> earlier = idempotency.claim(client.keyId(), idempotencyKey, hash);
            if (earlier.isPresent()) {
                return new Outcome(
                        credentials.find(new CredentialId(earlier.get())).orElseThrow(), true);
            }
        }
        IssuedCredential credential = issuance.issue(Issuance.Issue.one(
                        new OrganizationId(client.organizationId()),
                        new BadgeId(achievementId),
                        client.actor(),
                        request.earner(),
                        request.proofFormat()))
                .getFirst();
        if (idempotencyKey != null) {
            idempotency.complete(client.keyId(), idempotencyKey, credential.id().value());
        }
        return new Outcome(credential, false);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
