package dev.laurel.server.issuing;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.IssuingEvents.CredentialReinstated;
import dev.laurel.server.issuing.IssuingEvents.CredentialRevoked;
import dev.laurel.server.issuing.IssuingEvents.CredentialSuspended;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revoking, suspending and reinstating credentials, with a reason. Revocation sets the credential's bit in its
 * organization's revocation list, which is re-signed at once, so every verifier sees it; it cannot be undone.
 * Suspension is recorded here and shown on Laurel's own pages and verifications; reinstatement lifts it. Members with
 * the issuer role and the organization's API keys may do it (see {@link Actor}); any other actor, or a credential of
 * another organization, gets an {@code AccessDeniedException}.
 */
@Service
public class CredentialStates {

    /** A change that does not apply to the credential's current state, e.g. reinstating a revoked credential. */
    public static final class NotAllowedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAllowedException(String message) {
            super(message);
        }
    }

    private final IssuedCredentials credentials;
    private final StatusLists statusLists;
    private final TenantAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CredentialStates(
            IssuedCredentials credentials,
            StatusLists statusLists,
            TenantAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.credentials = credentials;
        this.statusLists = statusLists;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void revoke(OrganizationId organizationId, CredentialId credentialId, String reason, LaurelUser user) {
        revoke(organizationId, credentialId, reason, new Actor.Member(user));
    }

    @Transactional
    public void revoke(OrganizationId organizationId, CredentialId credentialId, String reason, Actor actor) {
        IssuedCredential credential = credential(organizationId, credentialId, actor);
        if (credential.state() == CredentialState.REVOKED) {
            throw new NotAllowedException("already revoked");
        }
        IssuedCredentials.StatusPosition position =
                credentials.statusPosition(credentialId).orElseThrow();
        statusLists.set(position.listId(), position.index(), true);
        credentials.changeState(credentialId, CredentialState.REVOKED, reason, clock.instant());
        events.publishEvent(new CredentialRevoked(organizationId, credentialId, reason, actor.recorded()));
    }

    @Transactional
    public void suspend(OrganizationId organizationId, CredentialId credentialId, String reason, LaurelUser user) {
        suspend(organizationId, credentialId, reason, new Actor.Member(user));
    }

    @Transactional
    public void suspend(OrganizationId organizationId, CredentialId credentialId, String reason, Actor actor) {
        IssuedCredential credential = credential(organizationId, credentialId, actor);
        if (credential.state() != CredentialState.ACTIVE) {
            throw new NotAllowedException("only an active credential can be suspended");
        }
        credentials.changeState(credentialId, CredentialState.SUSPENDED, reason, clock.instant());
        events.publishEvent(new CredentialSuspended(organizationId, credentialId, reason, actor.recorded()));
    }

    @Transactional
    public void reinstate(OrganizationId organizationId, CredentialId credentialId, String reason, LaurelUser user) {
        reinstate(organizationId, credentialId, reason, new Actor.Member(user));
    }

    @Transactional
    public void reinstate(OrganizationId organizationId, CredentialId credentialId, String reason, Actor actor) {
        IssuedCredential credential = credential(organizationId, credentialId, actor);
        if (credential.state() != CredentialState.SUSPENDED) {
            throw new NotAllowedException("only a suspended credential can be reinstated");
        }
        credentials.changeState(credentialId, CredentialState.ACTIVE, reason, clock.instant());
        events.publishEvent(new CredentialReinstated(organizationId, credentialId, reason, actor.recorded()));
    }

    private IssuedCredential credential(OrganizationId organizationId, CredentialId credentialId, Actor actor) {
        access.require(organizationId, actor, Role.ISSUER);
        return credentials
                .find(credentialId)
                .filter(found -> found.organizationId().equals(organizationId))
                .orElseThrow(() -> new AccessDeniedException("no such credential in this organization"));
    }
}
