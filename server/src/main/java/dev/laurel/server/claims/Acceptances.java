package dev.laurel.server.claims;

import dev.laurel.server.accounts.Tokens;
import dev.laurel.server.issuing.ClaimState;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which account accepted which credential, for the backpack: accepting a credential issued to one of the account's
 * confirmed addresses without the mailed link, and what was accepted. Thread-safe.
 */
@Service
public class Acceptances {

    /**
     * A credential an account accepted.
     *
     * @param credentialId the credential
     * @param at when it was accepted
     */
    public record Accepted(UUID credentialId, Instant at) {}

    private final Claims claims;
    private final IssuedCredentials credentials;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Acceptances(Claims claims, IssuedCredentials credentials, ApplicationEventPublisher events, Clock clock) {
        this.claims = claims;
        this.credentials = credentials;
        this.events = events;
        this.clock = clock;
    }

    /** The credentials the account accepted, most recently accepted first, at most {@code limit}. */
    public List<Accepted> of(UUID accountId, int limit) {
        return claims.ofAccount(accountId, limit).stream()
                .map(claim -> new Accepted(claim.credentialId(), claim.at()))
                .toList();
    }

    /** The account that accepted the credential, if one did. */
    public java.util.Optional<UUID> acceptorOf(UUID credentialId) {
        return claims.acceptorOf(credentialId);
    }

    /** Which of {@code credentialIds} some account accepted. */
    public Set<UUID> acceptedAmong(Collection<UUID> credentialIds) {
        return new HashSet<>(claims.accepted(List.copyOf(credentialIds)));
    }

    /**
     * Accepts a credential issued to one of {@code confirmedAddresses}, which no account accepted yet, announcing a
     * {@link CredentialClaimed}.
     *
     * @return false when it cannot be accepted: issued to another address, revoked, or accepted by another account
     */
    @Transactional
    public boolean accept(UUID credentialId, UUID accountId, Collection<String> confirmedAddresses) {
        IssuedCredential credential =
                credentials.find(new CredentialId(credentialId)).orElse(null);
        Set<String> addresses = new HashSet<>();
        confirmedAddresses.forEach(address -> addresses.add(normalized(address)));
        if (credential == null
                || credential.recipientForgotten()
                || credential.state() == CredentialState.REVOKED
                || !addresses.contains(normalized(credential.recipientEmail()))) {
            return false;
        }
        claims.lock(credentialId);
        var acceptor = claims.acceptorOf(credentialId);
        if (acceptor.isPresent()) {
            return acceptor.get().equals(accountId);
        }
        Instant now = clock.instant();
        String tokenHash = claims.anyOf(credentialId).orElseGet(() -> {
            String hash = Tokens.hash(Tokens.generate());
            claims.add(hash, credentialId, now, now);
            return hash;
        });
        claims.accept(tokenHash, accountId, now);
        credentials.recordClaim(new CredentialId(credentialId), ClaimState.ACCEPTED, now);
        events.publishEvent(
                new CredentialClaimed(credentialId, credential.organizationId().value(), accountId));
        return true;
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
