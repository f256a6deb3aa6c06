package dev.laurel.server.accounts;

import dev.laurel.server.notifications.MailTemplates;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.notifications.TokenLink;
import dev.laurel.server.platform.LaurelSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in links: a single-use link, valid 15 minutes, mailed to an account's confirmed login address; only the token's
 * SHA-256 is kept. Asking has a throttle of its own, which never slows down password logins: at most {@code
 * laurel.login-links.per-email} asks for one address and {@code laurel.login-links.per-client} from one network address
 * in {@code laurel.login-links.window}. Whoever asks learns nothing about whether the address has an account. Using a
 * link forgets the account's failed passwords.
 */
@Service
class LoginLinks {

    static final Duration VALIDITY = Duration.ofMinutes(15);
    static final String PURPOSE = "login-link";
    static final String EMAIL = "link-email";
    static final String CLIENT = "link-client";

    /** What a sign-in link turned out to be. */
    enum Outcome {
        VALID,
        ALREADY_USED,
        EXPIRED,
        UNKNOWN
    }

    /** The outcome of using a link, and the person it logs in when it was valid. */
    record Use(Outcome outcome, Optional<LaurelUser> user) {}

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final Outbox outbox;
    private final MailTemplates mails;
    private final LaurelSettings settings;
    private final Clock clock;
    private final AttemptCounts attempts;
    private final AttemptCounts.Window perEmail;
    private final AttemptCounts.Window perClient;

    LoginLinks(
            JdbcClient jdbc,
            Accounts accounts,
            LoginThrottle throttle,
            Outbox outbox,
            MailTemplates mails,
            LaurelSettings settings,
            Clock clock,
            AttemptCounts attempts,
            @Value("${laurel.login-links.per-email:5}") int perEmail,
            @Value("${laurel.login-links.per-client:30}") int perClient,
            @Value("${laurel.login-links.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.throttle = throttle;
        this.outbox = outbox;
        this.mails = mails;
        this.settings = settings;
        this.clock = clock;
        this.attempts = attempts;
        this.perEmail = new AttemptCounts.Window(perEmail, window);
        this.perClient = new AttemptCounts.Window(perClient, window);
    }

    /**
     * Mails a link to {@code email} when it is the confirmed login address of an account and neither the address nor
     * {@code from} (the asker's network address) asked too often; otherwise does nothing, silently.
     */
    @Transactional
    void send(String email, String from, Locale locale) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty() || address.length() > 254) {
            return;
        }
        if (!attempts.take(CLIENT, from, perClient) || !attempts.take(EMAIL, address, perEmail)) {
            return;
        }
        Optional<Account> account = accounts.findByEmail(address).filter(Account::emailVerified);
        if (account.isEmpty()) {
            return;
        }
        String token = Tokens.generate();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into account_tokens (token_hash, account_id, purpose, created_at, expires_at)
                        values (:hash, :account, :purpose, :now, :expires)
                        """)
                .param("hash", Tokens.hash(token))
                .param("account", account.get().id())
                .param("purpose", PURPOSE)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(VALIDITY)))
                .update();
        outbox.enqueue(mails.render(
                "login-link",
                account.get().email(),
                locale,
                Map.of(
                        "name", account.get().displayName(),
                        "link", new TokenLink(settings.url("/login/link/open?token=" + token), token),
                        "minutes", VALIDITY.toMinutes())));
    }

    /** What the link is, without using it. */
    @Transactional(readOnly = true)
    Outcome check(String token) {
        return row(token, false).map(this::outcome).orElse(Outcome.UNKNOWN);
    }

    /** Uses the link, once: its account's person when it was valid. */
    @Transactional
    Use use(String token) {
        Optional<TokenRow> row = row(token, true);
        Outcome outcome = row.map(this::outcome).orElse(Outcome.UNKNOWN);
        if (outcome != Outcome.VALID) {
            return new Use(outcome, Optional.empty());
        }
        jdbc.sql("update account_tokens set used_at = :now where token_hash = :hash")
                .param("now", Timestamp.from(clock.instant()))
                .param("hash", Tokens.hash(token))
                .update();
        Optional<LaurelUser> user =
                accounts.find(row.get().accountId()).flatMap(account -> accounts.user(account.email()));
        user.ifPresent(person -> throttle.forgive(person.email()));
        return new Use(user.isPresent() ? Outcome.VALID : Outcome.UNKNOWN, user);
    }

    private Outcome outcome(TokenRow row) {
        if (row.used()) {
            return Outcome.ALREADY_USED;
        }
        return clock.instant().isBefore(row.expiresAt()) ? Outcome.VALID : Outcome.EXPIRED;
    }

    private Optional<TokenRow> row(String token, boolean lock) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id, expires_at, used_at from account_tokens where token_hash = :hash "
                        + "and purpose = :purpose" + (lock ? " for update" : ""))
                .param("hash", Tokens.hash(token))
                .param("purpose", PURPOSE)
                .query((rs, i) -> new TokenRow(
                        rs.getObject("account_id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") != null))
                .optional();
    }

    private record TokenRow(UUID accountId, Instant expiresAt, boolean used) {}
}
