package dev.laurel.server.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after 5 failed logins for one address in 15 minutes, or 30 from one network address,
 * further attempts are refused until the window has passed. Attempts are kept in PostgreSQL, so every node counts the
 * same attempts.
 */
@Component
class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 30;

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when a login for {@code email} from {@code address} must be refused now. */
    @Transactional(readOnly = true)
    boolean blocked(String email, String address) {
        Timestamp since = Timestamp.from(clock.instant().minus(WINDOW));
        long forAccount = jdbc.sql("""
                        select count(*) from login_attempts
                        where lower(email) = lower(:email) and not succeeded and at > :since
                        """)
                .param("email", email)
                .param("since", since)
                .query(Long.class)
                .single();
        if (forAccount >= PER_ACCOUNT) {
            return true;
        }
        long forAddress = jdbc.sql(
                        "select count(*) from login_attempts where address = :address and not succeeded and at > :since")
                .param("address", address)
                .param("since", since)
                .query(Long.class)
                .single();
        return forAddress >= PER_ADDRESS;
    }

    /** Remembers an attempt; a success clears the account's failures. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(String email, String address, boolean succeeded) {
        Instant now = clock.instant();
        if (succeeded) {
            jdbc.sql("delete from login_attempts where lower(email) = lower(:email)")
                    .param("email", email)
                    .update();
        }
        jdbc.sql("insert into login_attempts (email, address, at, succeeded) values (:email, :address, :at, :ok)")
                .param("email", email)
                .param("address", address)
                .param("at", Timestamp.from(now))
                .param("ok", succeeded)
                .update();
        jdbc.sql("delete from login_attempts where at < :old")
                .param("old", Timestamp.from(now.minus(WINDOW.multipliedBy(4))))
                .update();
    }
}
