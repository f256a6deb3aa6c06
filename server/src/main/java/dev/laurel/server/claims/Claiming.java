package dev.laurel.server.claims;

import dev.laurel.server.accounts.Accounts;
import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.accounts.Tokens;
import dev.laurel.server.issuing.ClaimState;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.Organizations;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepting a credential through its claim link. The link names the credential; the first account to accept it keeps
 * it. A link that is unknown, expired, for a revoked credential, for a credential another account accepted or for one
 * whose recipient deleted their account says so instead of failing.
 */
@Service
class Claiming {

    /** What a claim link is, for the person holding it. */
    enum Status {
        /** The credential can be accepted (after logging in, when logged out). */
        OPEN,
        /** This account accepted it: it is in their backpack. */
        YOURS,
        /** Someone accepted it; the visitor is logged out, so it may have been them. */
        ACCEPTED,
        /** Another account accepted it. */
        TAKEN,
        /** The link is older than its validity. */
        EXPIRED,
        /** The issuer revoked the credential. */
        REVOKED,
        /** Its recipient deleted their account: it was forgotten and can no longer be claimed. */
        FORGOTTEN,
        /** No such link: mistyped, truncated or forged. */
        UNKNOWN
    }

    /**
     * A claim link looked up.
     *
     * @param status what it is
     * @param credential the credential it is for; null when {@link Status#UNKNOWN}
     * @param issuer the organization that issued it; null when {@link Status#UNKNOWN}
     */
    record Lookup(Status status, IssuedCredential credential, Organization issuer) {}

    private final Claims claims;
    private final Accounts accounts;
    private final IssuedCredentials credentials;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Claiming(
            Claims claims,
            Accounts accounts,
            IssuedCredentials credentials,
            Organizations organizations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.claims = claims;
        this.accounts = accounts;
        this.credentials = credentials;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** What {@code token} is for the visitor: {@code user} is null when logged out. */
    @Transactional(readOnly = true)
    Lookup look(String token, LaurelUser user) {
        return claim(token).map(claim -> look(claim, user)).orElse(new Lookup(Status.UNKNOWN, null, null));
    }

    /** Accepts the credential into the user's backpack when the link allows it; says what the link is either way. */
    @Transactional
    Lookup accept(String token, LaurelUser user) {
        Optional<Claims.Claim> claim = claim(token);
        if (claim.isEmpty()) {
            return new Lookup(Status.UNKNOWN, null, null);
        }
        claims.lock(claim.get().credentialId());
        Lookup lookup = look(claim.get(), user);
        if (lookup.status() != Status.OPEN) {
            return lookup;
        }
        Instant now = clock.instant();
        claims.accept(claim.get().tokenHash(), user.accountId(), now);
        IssuedCredential credential = lookup.credential();
        credentials.recordClaim(credential.id(), ClaimState.ACCEPTED, now);
        // the link went to the recipient's address: opening it proves the address when it is the account's
        accounts.confirmByMailedLink(user.accountId(), credential.recipientEmail());
        events.publishEvent(new CredentialClaimed(
                credential.id().value(), credential.organizationId().value(), user.accountId()));
        return new Lookup(Status.YOURS, credential, lookup.issuer());
    }

    private Optional<Claims.Claim> claim(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return claims.find(Tokens.hash(token));
    }

    private Lookup look(Claims.Claim claim, LaurelUser user) {
        IssuedCredential credential =
                credentials.find(new CredentialId(claim.credentialId())).orElseThrow();
        Organization issuer = organizations.find(credential.organizationId()).orElseThrow();
        Optional<UUID> acceptor = claims.acceptorOf(credential.id().value());
        Status status;
        if (credential.recipientForgotten()) {
            status = Status.FORGOTTEN;
        } else if (acceptor.isPresent() && user != null && acceptor.get().equals(user.accountId())) {
            status = Status.YOURS;
        } else if (credential.state() == CredentialState.REVOKED) {
            status = Status.REVOKED;
        } else if (acceptor.isPresent()) {
            status = user == null ? Status.ACCEPTED : Status.TAKEN;
        } else if (clock.instant().isAfter(claim.expiresAt())) {
            status = Status.EXPIRED;
        } else {
            status = Status.OPEN;
        }
        return new Lookup(status, credential, issuer);
    }
}
