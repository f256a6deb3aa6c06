package dev.laurel.server.claims;

import dev.laurel.server.accounts.Account;
import dev.laurel.server.accounts.Accounts;
import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.accounts.Tokens;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.Organizations;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An earner's credentials: those their account accepted, and those issued to their confirmed address that nobody
 * accepted yet, which they may accept from here without the mailed link.
 */
@Service
class Backpack {

    /** The most credentials a backpack lists. */
    static final int LIMIT = 500;

    /**
     * A credential in a backpack.
     *
     * @param credential the credential
     * @param issuerName the issuing organization's name
     * @param acceptedAt when the account accepted it, or null when it is only waiting to be accepted
     */
    record Entry(IssuedCredential credential, String issuerName, Instant acceptedAt) {
        public boolean accepted() {
            return acceptedAt != null;
        }
    }

    /**
     * What the backpack page shows.
     *
     * @param accepted the credentials the account accepted, most recently accepted first
     * @param waiting credentials issued to the account's address that nobody accepted, newest first
     * @param addressConfirmed whether the account's address is confirmed: only then are waiting credentials listed
     */
    record Contents(List<Entry> accepted, List<Entry> waiting, boolean addressConfirmed) {}

    private final Claims claims;
    private final IssuedCredentials credentials;
    private final Organizations organizations;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Backpack(
            Claims claims,
            IssuedCredentials credentials,
            Organizations organizations,
            Accounts accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.claims = claims;
        this.credentials = credentials;
        this.organizations = organizations;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Contents of(LaurelUser user) {
        Map<UUID, String> issuers = new HashMap<>();
        List<Entry> accepted = new ArrayList<>();
        Set<UUID> acceptedIds = new HashSet<>();
        for (Claims.Accepted claim : claims.ofAccount(user.accountId(), LIMIT)) {
            credentials.find(claim.credentialId()).ifPresent(credential -> {
                accepted.add(new Entry(credential, issuerName(credential, issuers), claim.at()));
                acceptedIds.add(credential.id());
            });
        }
        Account account = accounts.find(user.accountId()).orElseThrow();
        List<Entry> waiting = new ArrayList<>();
        if (account.emailVerified()) {
            List<IssuedCredential> toAddress = credentials.toRecipient(account.email()).stream()
                    .filter(credential -> !acceptedIds.contains(credential.id()))
                    .filter(credential -> credential.state() != CredentialState.REVOKED)
                    .limit(LIMIT)
                    .toList();
            Set<UUID> taken = new HashSet<>(
                    claims.accepted(toAddress.stream().map(IssuedCredential::id).toList()));
            for (IssuedCredential credential : toAddress) {
                if (!taken.contains(credential.id())) {
                    waiting.add(new Entry(credential, issuerName(credential, issuers), null));
                }
            }
        }
        return new Contents(accepted, waiting, account.emailVerified());
    }

    /**
     * Accepts a credential issued to the account's confirmed address, which no account accepted yet.
     *
     * @return false when it cannot be accepted from the backpack: another address, an unconfirmed address, revoked, or
     *     already accepted by another account
     */
    @Transactional
    boolean accept(UUID credentialId, LaurelUser user) {
        Account account = accounts.find(user.accountId()).orElseThrow();
        IssuedCredential credential = credentials.find(credentialId).orElse(null);
        if (credential == null
                || !account.emailVerified()
                || credential.state() == CredentialState.REVOKED
                || !normalized(credential.recipientEmail()).equals(normalized(account.email()))) {
            return false;
        }
        claims.lock(credentialId);
        var acceptor = claims.acceptorOf(credentialId);
        if (acceptor.isPresent()) {
            return acceptor.get().equals(user.accountId());
        }
        Instant now = clock.instant();
        String tokenHash = claims.anyOf(credentialId).orElseGet(() -> {
            String hash = Tokens.hash(Tokens.generate());
            claims.add(hash, credentialId, now, now);
            return hash;
        });
        claims.accept(tokenHash, user.accountId(), now);
        events.publishEvent(new CredentialClaimed(credentialId, credential.organizationId(), user.accountId()));
        return true;
    }

    private String issuerName(IssuedCredential credential, Map<UUID, String> cache) {
        return cache.computeIfAbsent(
                credential.organizationId(),
                id -> organizations.find(id).map(Organization::name).orElse(""));
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
