package dev.laurel.server.accounts;

import dev.laurel.server.notifications.MailTemplates;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.platform.LaurelSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating accounts, so that whoever signs up learns nothing about which addresses have one: a new address gets an
 * account and a confirmation link, an address that already has one gets a mail telling its owner someone tried, and
 * both are answered alike (the password is hashed on both paths, so the time is alike too). Throttled to {@code
 * laurel.signup.per-client} sign-ups from one network address and {@code laurel.signup.per-email} for one address in
 * {@code laurel.signup.window}; past the second, sign-ups are answered alike and do nothing.
 */
@Service
class Signups {

    static final String CLIENT = "signup-client";
    static final String EMAIL = "signup-email";

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final EmailVerification verification;
    private final AttemptCounts attempts;
    private final Outbox outbox;
    private final MailTemplates mails;
    private final LaurelSettings settings;
    private final AttemptCounts.Window perClient;
    private final AttemptCounts.Window perEmail;

    Signups(
            Accounts accounts,
            PasswordEncoder passwords,
            EmailVerification verification,
            AttemptCounts attempts,
            Outbox outbox,
            MailTemplates mails,
            LaurelSettings settings,
            @Value("${laurel.signup.per-client:20}") int perClient,
            @Value("${laurel.signup.per-email:3}") int perEmail,
            @Value("${laurel.signup.window:1h}") Duration window) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.verification = verification;
        this.attempts = attempts;
        this.outbox = outbox;
        this.mails = mails;
        this.settings = settings;
        this.perClient = new AttemptCounts.Window(perClient, window);
        this.perEmail = new AttemptCounts.Window(perEmail, window);
    }

    /** Takes a sign-up from {@code client}: false when that network address signed up too often. */
    boolean admit(String client) {
        return attempts.take(CLIENT, client, perClient);
    }

    /** Signs up {@code email}: a new account with a confirmation link, or a mail to the address's existing owner. */
    @Transactional
    void signUp(String email, String name, String password, Locale locale) {
        String hash = passwords.encode(password);
        if (!attempts.take(EMAIL, email, perEmail)) {
            return;
        }
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            outbox.enqueue(mails.render(
                    "signup-existing",
                    existing.get().email(),
                    locale,
                    Map.of("name", existing.get().displayName(), "link", settings.url("/login"))));
            return;
        }
        verification.send(accounts.add(email, name, hash, false, false), locale);
    }
}
