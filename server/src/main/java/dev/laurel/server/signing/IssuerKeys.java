package dev.laurel.server.signing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.Multikey;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.proof.VcJwt;
import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.organizations.OrganizationEvents.OrganizationCreated;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.platform.MasterKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizations' signing keys: one Ed25519 key made with each organization, rotated on request; the active key
 * signs, every key ever made keeps verifying. The issuer of an organization's credentials is its did:web, {@code
 * did:web:HOST:issuers:ID}, whose document lists the keys; its VC-API issuer instance may sign as the did:key of the
 * active key instead, when the organization chose so. Thread-safe.
 */
@Service
public class IssuerKeys {

    private final SigningKeys keys;
    private final VcApiIssuers vcApiIssuers;
    private final MasterKey masterKey;
    private final LaurelSettings settings;
    private final TenantAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, SigningKey> decrypted = new ConcurrentHashMap<>();

    IssuerKeys(
            SigningKeys keys,
            VcApiIssuers vcApiIssuers,
            MasterKey masterKey,
            LaurelSettings settings,
            TenantAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.keys = keys;
        this.vcApiIssuers = vcApiIssuers;
        this.masterKey = masterKey;
        this.settings = settings;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** An organization's key was rotated: {@code fragment} signs from now on. */
    @NamedInterface("events")
    public record KeyRotated(UUID organizationId, String fragment, UUID rotatedBy) {}

    /** An organization's VC-API issuer instance signs as {@code identifier} from now on. */
    @NamedInterface("events")
    public record VcApiIssuerChanged(UUID organizationId, IssuerIdentifier identifier, UUID changedBy) {}

    /** The organization's issuer id: its did:web. */
    public String issuerDid(UUID organizationId) {
        return settings.didWebPrefix() + ":issuers:" + organizationId;
    }

    /** The did:key of the organization's active key, {@code did:key:z6Mk…}: it changes when the key rotates. */
    public String didKey(UUID organizationId) {
        return Multikey.fromMultibase(activeKey(organizationId).publicKeyMultibase())
                .didKey();
    }

    /** The identifier the organization's VC-API issuer instance signs as: did:web unless it chose did:key. */
    public IssuerIdentifier vcApiIdentifier(UUID organizationId) {
        return vcApiIssuers.of(organizationId);
    }

    /** Makes the organization's VC-API issuer instance sign as {@code identifier} from now on. */
    @Transactional
    public void useForVcApi(UUID organizationId, IssuerIdentifier identifier, LaurelUser user) {
        access.require(new OrganizationId(organizationId), user, Role.ADMIN);
        vcApiIssuers.set(organizationId, identifier);
        events.publishEvent(new VcApiIssuerChanged(organizationId, identifier, user.accountId()));
    }

    /** The verification method URL of the key that signs now. */
    public String activeVerificationMethod(UUID organizationId) {
        return issuerDid(organizationId) + "#" + activeKey(organizationId).fragment();
    }

    /**
     * Signs {@code credential} with the organization's active key.
     *
     * @return the signed credential's JSON (Data Integrity) or the compact JWS (VC-JWT)
     */
    public String sign(UUID organizationId, JsonNode credential, ProofFormat format) {
        SigningKeys.StoredKey stored = activeKey(organizationId);
        SigningKey key = secret(stored);
        String method = issuerDid(organizationId) + "#" + stored.fragment();
        return switch (format) {
            case DATA_INTEGRITY ->
                Json.write(DataIntegrity.sign(credential, key, ProofOptions.assertion(method, clock.instant())));
            case VC_JWT -> VcJwt.sign(credential, key, method);
        };
    }

    /**
     * A signer with the organization's key that is active now, for signing many credentials without looking the key up
     * for each: thread-safe, so a pool of threads may share it.
     */
    public Signer signer(UUID organizationId) {
        return signer(organizationId, IssuerIdentifier.DID_WEB);
    }

    /**
     * A signer as {@link #signer(UUID)}, whose proofs name the key as a key of {@code identifier}: the did:web's
     * {@code #key-N}, or the did:key's {@code did:key:z6Mk…#z6Mk…}. A did:key signer signs only credentials whose
     * issuer is that did:key.
     */
    public Signer signer(UUID organizationId, IssuerIdentifier identifier) {
        SigningKeys.StoredKey stored = activeKey(organizationId);
        String method =
                switch (identifier) {
                    case DID_WEB -> issuerDid(organizationId) + "#" + stored.fragment();
                    case DID_KEY ->
                        Multikey.fromMultibase(stored.publicKeyMultibase()).didKeyVerificationMethod();
                };
        return new Signer(secret(stored), identifier, method, clock);
    }

    /** The first key of a new organization, made in the same transaction that creates it. */
    @EventListener
    void onOrganizationCreated(OrganizationCreated created) {
        addKey(created.organizationId().value(), "key-1");
    }

    /** Retires the active key and makes a new one, which signs from now on. */
    @Transactional
    public String rotate(UUID organizationId, LaurelUser user) {
        access.require(new OrganizationId(organizationId), user, Role.ADMIN);
        keys.lock(organizationId);
        List<SigningKeys.StoredKey> all = keys.of(organizationId);
        String fragment = "key-" + (all.size() + 1);
        all.stream().filter(SigningKeys.StoredKey::active).forEach(key -> keys.retire(key.id()));
        addKey(organizationId, fragment);
        events.publishEvent(new KeyRotated(organizationId, fragment, user.accountId()));
        return fragment;
    }

    /** Every key the organization ever had, oldest first. */
    public List<PublishedKey> published(UUID organizationId) {
        return keys.of(organizationId).stream()
                .map(key ->
                        new PublishedKey(key.fragment(), key.publicKeyMultibase(), key.createdAt(), key.retiredAt()))
                .toList();
    }

    private void addKey(UUID organizationId, String fragment) {
        SigningKey key = SigningKey.generate(KeyType.ED25519, random);
        UUID id = UUID.randomUUID();
        byte[] secret = key.secretKeyMultibase().getBytes(StandardCharsets.US_ASCII);
        keys.add(
                id,
                organizationId,
                fragment,
                key.publicKey().publicKeyMultibase(),
                masterKey.encrypt(secret, context(id)));
    }

    private SigningKeys.StoredKey activeKey(UUID organizationId) {
        return keys.active(organizationId)
                .orElseThrow(() -> new IllegalStateException("organization " + organizationId + " has no signing key"));
    }

    private SigningKey secret(SigningKeys.StoredKey stored) {
        return decrypted.computeIfAbsent(
                stored.id(),
                id -> SigningKey.fromMultibase(new String(
                        masterKey.decrypt(stored.encryptedSecret(), context(id)), StandardCharsets.US_ASCII)));
    }

    static byte[] context(UUID keyId) {
        return ("signing key " + keyId).getBytes(StandardCharsets.UTF_8);
    }
}
