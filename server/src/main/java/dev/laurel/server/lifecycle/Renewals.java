package dev.laurel.server.lifecycle;

import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.Issuance;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renewing a credential: a new credential of the same badge to the same earner, from now for the badge's validity,
 * naming the credential it renews, issued through {@link Issuance} so mail, claims, audit and webhooks follow. The
 * renewed credential stays valid until it expires; it shows as renewed until then, and as expired after. A credential
 * is renewed once: renewing a renewal is how a renewal is renewed. Thread-safe.
 */
@Service
public class Renewals {

    private final IssuedCredentials credentials;
    private final Issuance issuance;
    private final TenantAccess access;

    Renewals(IssuedCredentials credentials, Issuance issuance, TenantAccess access) {
        this.credentials = credentials;
        this.issuance = issuance;
        this.access = access;
    }

    /**
     * Renews {@code credentialId} now, for {@code actor} (the issuer role, or an API key of the organization).
     *
     * @return the new credential
     * @throws AccessDeniedException when the actor may not, or the organization has no such credential
     * @throws dev.laurel.server.platform.Problem {@code lifecycle.not-renewable} or {@code lifecycle.already-renewed}
     */
    @Transactional
    public IssuedCredential renew(OrganizationId organizationId, CredentialId credentialId, Actor actor) {
        access.require(organizationId, actor, Role.ISSUER);
        IssuedCredential renewed = credentials
                .lock(credentialId)
                .filter(found -> found.organizationId().equals(organizationId))
                .orElseThrow(() -> new AccessDeniedException("no such credential in this organization"));
        if (renewed.recipientForgotten()) {
            throw LifecycleError.NOT_RENEWABLE.problem("Its earner deleted their account, so it cannot be renewed.");
        }
        if (renewed.state() != CredentialState.ACTIVE) {
            throw LifecycleError.NOT_RENEWABLE.problem(
                    "It is " + renewed.state().key() + "; only an active or expired credential can be renewed.");
        }
        if (renewed.renewedBy() != null) {
            throw LifecycleError.ALREADY_RENEWED.problem(
                    "Credential " + renewed.renewedBy().value() + " renews it already; renew that one instead.");
        }
        Issuance.Recipient recipient = new Issuance.Recipient(
                        renewed.recipientEmail(), renewed.recipientName(), null, null, null, List.of())
                .renewing(renewed.id());
        return issuance.issue(Issuance.Issue.one(organizationId, renewed.badgeId(), actor, recipient, renewed.format()))
                .getFirst();
    }
}
