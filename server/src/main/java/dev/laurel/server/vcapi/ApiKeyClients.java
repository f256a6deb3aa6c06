package dev.laurel.server.vcapi;

import dev.laurel.server.apikeys.ApiKey;
import dev.laurel.server.apikeys.ApiKeys;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Every unrevoked API key is an OAuth 2.0 client: its prefix ({@code lrl_XXXXXXXX}) is the {@code client_id}, the
 * whole key the {@code client_secret}, {@code client_credentials} its only grant, and the VCALM scopes its key scopes
 * allow are the scopes it may receive. Clients are recognized by their secret ({@link ApiKeyClientAuthentication});
 * looking one up by {@code client_id} alone finds nothing, since only the keys' hashes are stored.
 */
final class ApiKeyClients implements RegisteredClientRepository {

    /** How long an access token lives. */
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    /** The client setting that carries the key's organization. */
    static final String ORGANIZATION = "laurel.organization";

    private final ApiKeys keys;

    ApiKeyClients(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("OAuth 2.0 clients are API keys: create them as API keys");
    }

    @Override
    public RegisteredClient findById(String id) {
        try {
            return find(UUID.fromString(id)).orElse(null);
        } catch (IllegalArgumentException notAKeyId) {
            return null;
        }
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return null;
    }

    /** The client of an unrevoked key. */
    Optional<RegisteredClient> find(UUID keyId) {
        return keys.find(keyId).filter(ApiKey::active).map(ApiKeyClients::client);
    }

    static RegisteredClient client(ApiKey key) {
        return RegisteredClient.withId(key.id().toString())
                .clientId(key.prefix())
                .clientIdIssuedAt(key.createdAt())
                .clientName(key.name())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(VcApiOperation.oauthScopesFor(key.scopes())))
                .clientSettings(ClientSettings.builder()
                        .setting(ORGANIZATION, key.organizationId().toString())
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(TOKEN_LIFETIME)
                        .build())
                .build();
    }
}
