package dev.laurel.server.accounts;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing. Each login takes an attempt for the account and one for the client's network address
 * before the password is checked ({@link AttemptCounts}, atomically in PostgreSQL, so parallel attempts on any node
 * cannot pass together); a correct password gives them back. For an account, the first {@code laurel.login.free-failures}
 * failures cost nothing; then each further attempt must wait {@code laurel.login.first-delay} after the one before,
 * doubling each time up to {@code laurel.login.max-delay}; failures are forgotten after a successful login or {@code
 * laurel.login.forget-after} without one. A network address is refused after {@code laurel.login.per-client} failures
 * in {@code laurel.login.client-window}. Sign-in links have a throttle of their own ({@link LoginLinks}).
 */
@Component
class LoginThrottle {

    static final String ACCOUNT = "login-account";
    static final String CLIENT = "login-client";

    private final AttemptCounts attempts;
    private final TransactionTemplate transactions;
    private final AttemptCounts.Backoff perAccount;
    private final AttemptCounts.Window perClient;

    LoginThrottle(
            AttemptCounts attempts,
            PlatformTransactionManager transactionManager,
            @Value("${laurel.login.free-failures:5}") int freeFailures,
            @Value("${laurel.login.first-delay:30s}") Duration firstDelay,
            @Value("${laurel.login.max-delay:15m}") Duration maxDelay,
            @Value("${laurel.login.forget-after:24h}") Duration forgetAfter,
            @Value("${laurel.login.per-client:30}") int perClient,
            @Value("${laurel.login.client-window:15m}") Duration clientWindow) {
        this.attempts = attempts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.perAccount = new AttemptCounts.Backoff(freeFailures, firstDelay, maxDelay, forgetAfter);
        this.perClient = new AttemptCounts.Window(perClient, clientWindow);
    }

    /**
     * Takes an attempt at the password of {@code email} from {@code client}: true when the password may be checked now,
     * false when it must not (then nothing is counted).
     */
    boolean admit(String email, String client) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!attempts.take(CLIENT, client, perClient)) {
                return false;
            }
            if (!attempts.take(ACCOUNT, email, perAccount)) {
                status.setRollbackOnly();
                return false;
            }
            return true;
        }));
    }

    /**
     * Takes an attempt at the password of {@code email} by someone already signed in (confirming an account's
     * deletion): the account's slow-down alone, shared with login, so a session cannot guess faster than a login can.
     */
    boolean admitSignedIn(String email) {
        return Boolean.TRUE.equals(transactions.execute(status -> attempts.take(ACCOUNT, email, perAccount)));
    }

    /** The password was right: the account's failures are forgotten and the client's attempt given back. */
    void succeeded(String email, String client) {
        transactions.executeWithoutResult(status -> {
            attempts.forget(ACCOUNT, email);
            attempts.giveBack(CLIENT, client);
        });
    }

    /** The person proved they own the address another way (a sign-in link): the account's failures are forgotten. */
    void forgive(String email) {
        transactions.executeWithoutResult(status -> attempts.forget(ACCOUNT, email));
    }
}
