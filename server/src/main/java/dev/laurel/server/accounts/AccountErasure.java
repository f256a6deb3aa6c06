package dev.laurel.server.accounts;

import dev.laurel.server.notifications.Outbox;
import jakarta.servlet.http.HttpSession;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting a person's account: who may (their password, or a sign-in link used in the last 15 minutes), and the one
 * erasure operation, which empties the account and announces {@link AccountErased} for every module to erase its own
 * records. The row stays — other tables refer to it — as a "deleted earner" that can never log in: no address, no
 * name, no password.
 */
@Service
public class AccountErasure {

    /** How recent a sign-in by link must be to confirm a deletion without the password. */
    static final Duration FRESH_LINK = LoginLinks.VALIDITY;
    /** The session attribute holding when the session was opened by a sign-in link. */
    static final String SIGNED_IN_BY_LINK = "laurel.signed-in-by-link";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LoginThrottle throttle;

    AccountErasure(
            JdbcClient jdbc,
            Accounts accounts,
            PasswordEncoder passwords,
            Outbox outbox,
            ApplicationEventPublisher events,
            Clock clock,
            LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwords = passwords;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
        this.throttle = throttle;
    }

    /** Whether a deletion is confirmed. */
    public enum Confirmation {
        CONFIRMED,
        /** No password, or not the account's. */
        WRONG_PASSWORD,
        /** Too many wrong passwords lately, here or at login: the password was not checked. */
        TOO_MANY_ATTEMPTS
    }

    /**
     * Whether {@code password} is the account's, or the session was opened by a sign-in link minutes ago. A password
     * is checked behind the login's slow-down of the account ({@link LoginThrottle}).
     */
    public Confirmation confirm(UUID accountId, String password, HttpSession session) {
        if (session != null
                && session.getAttribute(SIGNED_IN_BY_LINK) instanceof Instant at
                && at.plus(FRESH_LINK).isAfter(clock.instant())) {
            return Confirmation.CONFIRMED;
        }
        if (password == null || password.isEmpty()) {
            return Confirmation.WRONG_PASSWORD;
        }
        Optional<LaurelUser> user = accounts.find(accountId)
                .flatMap(account -> accounts.user(account.email()))
                .filter(found -> !PasswordSetup.NO_PASSWORD.equals(found.passwordHash()));
        if (user.isEmpty()) {
            return Confirmation.WRONG_PASSWORD;
        }
        String email = user.get().email();
        if (!throttle.admitSignedIn(email)) {
            return Confirmation.TOO_MANY_ATTEMPTS;
        }
        if (!passwords.matches(password, user.get().passwordHash())) {
            return Confirmation.WRONG_PASSWORD;
        }
        throttle.forgive(email);
        return Confirmation.CONFIRMED;
    }

    /**
     * What other modules hold of the person beside the account: further addresses, confirmed or only typed.
     */
    public record Further(List<String> confirmedAddresses, List<String> unconfirmedAddresses) {

        public Further {
            confirmedAddresses = List.copyOf(confirmedAddresses);
            unconfirmedAddresses = List.copyOf(unconfirmedAddresses);
        }
    }

    /**
     * Erases the person, all or nothing, in one transaction (the caller's, when it has one): empties the account —
     * address, name, password, its links, its login attempts and its sessions on every node (attempts and sessions
     * holding any of its addresses, whoever's they are) — and the mails to its addresses, then announces {@link
     * AccountErased}, on which every other module erases its own records. A module may refuse (organizations refuse
     * to erase a member: their records name them) by throwing; then nothing is erased.
     *
     * @return what was announced
     */
    @Transactional
    public AccountErased erase(UUID accountId, Further further) {
        Account account = accounts.find(accountId).orElseThrow();
        List<String> addresses = new ArrayList<>(List.of(account.email()));
        addresses.addAll(further.confirmedAddresses());
        List<String> confirmed = new ArrayList<>(account.emailVerified() ? List.of(account.email()) : List.of());
        confirmed.addAll(further.confirmedAddresses());
        AccountErased erased = new AccountErased(accountId, addresses, confirmed, further.unconfirmedAddresses());

        jdbc.sql("delete from account_tokens where account_id = :id")
                .param("id", accountId)
                .update();
        List<String> lower = new ArrayList<>(erased.addresses());
        lower.addAll(erased.unconfirmedAddresses());
        jdbc.sql("delete from attempt_counts where subject = any(:emails)")
                .param(
                        "emails",
                        lower.stream()
                                .map(email -> email.strip().toLowerCase(java.util.Locale.ROOT))
                                .toArray(String[]::new))
                .update();
        // Its sessions, and any other session that holds one of its addresses, e.g. one typed into a login form.
        jdbc.sql("""
                        delete from spring_session where principal_name = :email
                            or primary_id in (select a.session_primary_id from spring_session_attributes a
                                              where exists (select 1 from unnest(cast(:emails as text[])) e
                                                            where strpos(lower(encode(a.attribute_bytes, 'escape')), e)
                                                                  > 0))
                        """)
                .param("email", account.email())
                .param("emails", lower.toArray(String[]::new))
                .update();
        jdbc.sql("""
                        update accounts set email = :placeholder, display_name = 'deleted earner',
                            password_hash = :none, email_verified_at = null, platform_admin = false, deleted_at = :now
                        where id = :id
                        """)
                .param("placeholder", "deleted:" + accountId)
                .param("none", PasswordSetup.NO_PASSWORD)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", accountId)
                .update();
        // Every mail to the person, whichever module queued it. The outbox cannot hear AccountErased: notifications
        // sits below accounts (accounts queues its mails there), so it is called here, along that dependency.
        outbox.forget(erased.addresses());
        events.publishEvent(erased);
        return erased;
    }

    static void signedInByLink(HttpSession session, Instant at) {
        session.setAttribute(SIGNED_IN_BY_LINK, at);
    }
}
