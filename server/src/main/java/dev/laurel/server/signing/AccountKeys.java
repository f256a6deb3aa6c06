package dev.laurel.server.signing;

import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.platform.MasterKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A person's own key, for what they sign in their own name: one Ed25519 key per account, made on first use ({@code
 * insert … on conflict do nothing}, so two nodes agree), its secret encrypted under the master key as organizations'
 * keys are. Its DID is {@code did:web:HOST:accounts:ID}, whose document is served at {@code /accounts/ID/did.json}.
 */
@Service
public class AccountKeys {

    static final String FRAGMENT = "key-1";

    /** An account's key, ready to sign. */
    public record AccountKey(String did, String verificationMethod, SigningKey key) {

        /** Leaves the key out. */
        @Override
        public String toString() {
            return "AccountKey[" + verificationMethod + "]";
        }
    }

    private final JdbcClient jdbc;
    private final MasterKey masterKey;
    private final LaurelSettings settings;
    private final Clock clock;

    AccountKeys(JdbcClient jdbc, MasterKey masterKey, LaurelSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.settings = settings;
        this.clock = clock;
    }

    /** The account's DID, {@code did:web:HOST:accounts:ID}, whether or not its key is made yet. */
    public String did(UUID accountId) {
        return settings.didWebPrefix() + ":accounts:" + accountId;
    }

    /** The account's key, made now if it has none. */
    public AccountKey key(UUID accountId) {
        byte[] context = context(accountId);
        if (stored(accountId).isEmpty()) {
            SigningKey made = SigningKey.generate(KeyType.ED25519, new SecureRandom());
            jdbc.sql("insert into account_keys (account_id, fragment, public_key_multibase, encrypted_secret, "
                            + "created_at) values (:account, :fragment, :public, :secret, :now) "
                            + "on conflict (account_id) do nothing")
                    .param("account", accountId)
                    .param("fragment", FRAGMENT)
                    .param("public", made.publicKey().publicKeyMultibase())
                    .param(
                            "secret",
                            masterKey.encrypt(made.secretKeyMultibase().getBytes(StandardCharsets.US_ASCII), context))
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        Stored stored = stored(accountId).orElseThrow();
        SigningKey key = SigningKey.fromMultibase(
                new String(masterKey.decrypt(stored.encryptedSecret(), context), StandardCharsets.US_ASCII));
        return new AccountKey(did(accountId), did(accountId) + "#" + stored.fragment(), key);
    }

    /** The public key (multibase) of the account's key {@code fragment}, if it has made one. */
    Optional<String> publicKey(UUID accountId, String fragment) {
        return stored(accountId)
                .filter(stored -> stored.fragment().equals(fragment))
                .map(Stored::publicKeyMultibase);
    }

    /** The account's key as its DID document publishes it. */
    record Published(String fragment, String publicKeyMultibase) {}

    Optional<Published> published(UUID accountId) {
        return stored(accountId).map(stored -> new Published(stored.fragment(), stored.publicKeyMultibase()));
    }

    static byte[] context(UUID accountId) {
        return ("account key " + accountId).getBytes(StandardCharsets.UTF_8);
    }

    private record Stored(String fragment, String publicKeyMultibase, byte[] encryptedSecret) {}

    private Optional<Stored> stored(UUID accountId) {
        return jdbc.sql("select fragment, public_key_multibase, encrypted_secret from account_keys "
                        + "where account_id = :account")
                .param("account", accountId)
                .query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }
}
