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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Confirming that a person owns their address: a single-use link, valid for two days, mailed through the outbox. */
@Service
class EmailVerification {

    static final Duration VALIDITY = Duration.ofHours(48);

    /** What a verification link turned out to be. */
    enum Outcome {
        VERIFIED,
        ALREADY_USED,
        EXPIRED,
        UNKNOWN
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Outbox outbox;
    private final MailTemplates mails;
    private final LaurelSettings settings;
    private final Clock clock;

    EmailVerification(
            JdbcClient jdbc,
            Accounts accounts,
            Outbox outbox,
            MailTemplates mails,
            LaurelSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.outbox = outbox;
        this.mails = mails;
        this.settings = settings;
        this.clock = clock;
    }

    /** Mails a new verification link to the account's address. */
    @Transactional
    void send(Account account, Locale locale) {
        String token = Tokens.generate();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into account_tokens (token_hash, account_id, purpose, created_at, expires_at)
                        values (:hash, :account, 'verify-email', :now, :expires)
                        """)
                .param("hash", Tokens.hash(token))
                .param("account", account.id())
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(VALIDITY)))
                .update();
        TokenLink link = new TokenLink(settings.url("/accounts/verify-email?token=" + token), token);
        outbox.enqueue(mails.render(
                "verify-email",
                account.email(),
                locale,
                Map.of("name", account.displayName(), "link", link, "hours", VALIDITY.toHours())));
    }

    /** Uses the link's token: the account it was for is verified, once. */
    @Transactional
    Outcome verify(String token) {
        if (token == null || token.isBlank()) {
            return Outcome.UNKNOWN;
        }
        Optional<TokenRow> row = jdbc.sql("""
                        select account_id, expires_at, used_at from account_tokens
                        where token_hash = :hash and purpose = 'verify-email' for update
                        """)
                .param("hash", Tokens.hash(token))
                .query((rs, i) -> new TokenRow(
                        rs.getObject("account_id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") != null))
                .optional();
        if (row.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        if (row.get().used()) {
            return Outcome.ALREADY_USED;
        }
        if (clock.instant().isAfter(row.get().expiresAt())) {
            return Outcome.EXPIRED;
        }
        jdbc.sql("update account_tokens set used_at = :now where token_hash = :hash")
                .param("now", Timestamp.from(clock.instant()))
                .param("hash", Tokens.hash(token))
                .update();
        accounts.markVerified(row.get().accountId());
        return Outcome.VERIFIED;
    }

    private record TokenRow(UUID accountId, Instant expiresAt, boolean used) {}
}
