package dev.laurel.server.accounts;

import dev.laurel.server.platform.LaurelSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts made for someone else (an operator's bootstrap): created without a usable password, with a single-use
 * link, valid 7 days, through which the person sets one; setting it also confirms the address the link went to.
 */
@Service
public class PasswordSetup {

    static final Duration VALIDITY = Duration.ofDays(7);
    /** The stored hash of an account nobody can log in to yet: no encoder ever produces it. */
    static final String NO_PASSWORD = "!";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final LaurelSettings settings;
    private final Clock clock;

    PasswordSetup(JdbcClient jdbc, Accounts accounts, PasswordEncoder passwords, LaurelSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwords = passwords;
        this.settings = settings;
        this.clock = clock;
    }

    /** The account for {@code email}: the existing one, or a new one without a password. */
    @Transactional
    public Account accountFor(String email, String displayName) {
        return accounts.findByEmail(email).orElseGet(() -> accounts.add(email, displayName, NO_PASSWORD, false, false));
    }

    /** A new link through which the account's owner sets a password. */
    @Transactional
    public String link(Account account) {
        String token = Tokens.generate();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into account_tokens (token_hash, account_id, purpose, created_at, expires_at)
                        values (:hash, :account, 'set-password', :now, :expires)
                        """)
                .param("hash", Tokens.hash(token))
                .param("account", account.id())
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(VALIDITY)))
                .update();
        return settings.url("/accounts/set-password?token=" + token);
    }

    /** The account a still valid, unused link is for. */
    Optional<UUID> valid(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select account_id from account_tokens where token_hash = :hash and purpose = 'set-password'
                        and used_at is null and expires_at > :now
                        """)
                .param("hash", Tokens.hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional();
    }

    /** Uses the link: sets the password and confirms the address; empty when the link is not valid (any more). */
    @Transactional
    Optional<Account> use(String token, String password) {
        Optional<UUID> account = valid(token);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        int used = jdbc.sql("update account_tokens set used_at = :now where token_hash = :hash and used_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("hash", Tokens.hash(token))
                .update();
        if (used == 0) {
            return Optional.empty();
        }
        jdbc.sql("update accounts set password_hash = :hash where id = :id")
                .param("hash", passwords.encode(password))
                .param("id", account.get())
                .update();
        accounts.markVerified(account.get());
        return accounts.find(account.get());
    }
}
