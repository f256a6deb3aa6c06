package dev.laurel.server.lifecycle;

import dev.laurel.server.accounts.Tokens;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.platform.MasterKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The addresses that want no reminder mails, as a collection. An address's unsubscribe token is the HMAC-SHA256 of the
 * address under a key derived from the master key: the same on every node, unguessable without it. Only the token's
 * SHA-256 is stored, never the address, so nothing here names a person.
 */
@Repository
class Unsubscribes {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcClient jdbc;
    private final LaurelSettings settings;
    private final Clock clock;
    private final SecretKey key;

    Unsubscribes(JdbcClient jdbc, LaurelSettings settings, Clock clock, MasterKey masterKey) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.key = masterKey.derive("lifecycle-unsubscribe");
    }

    /** The one-click unsubscribe link of {@code address}. */
    String link(String address) {
        return settings.url("/unsubscribe/" + token(address));
    }

    /** The header fields of RFC 8058 one-click unsubscription for a mail to {@code address}. */
    Map<String, String> headers(String address) {
        return Map.of(
                "List-Unsubscribe", "<" + link(address) + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    boolean unsubscribed(String address) {
        return jdbc.sql("select count(*) from lifecycle_unsubscribes where token_hash = :hash")
                        .param("hash", Tokens.hash(token(address)))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether {@code token} has the shape of an unsubscribe token. */
    static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** Stops reminder mails to the address whose token this is; saying so again changes nothing. */
    void unsubscribe(String token) {
        jdbc.sql("insert into lifecycle_unsubscribes (token_hash, unsubscribed_at) values (:hash, :at) "
                        + "on conflict do nothing")
                .param("hash", Tokens.hash(token))
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    String token(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing", e);
        }
    }
}
