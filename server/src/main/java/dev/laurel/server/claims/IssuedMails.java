package dev.laurel.server.claims;

import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.ClaimState;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.issuing.IssuingEvents.CredentialsIssued;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending the issued mail again, with a new claim link, for credentials their earner has not accepted yet: the
 * organization's "resend" for one credential or a selection. Earlier links keep working until they expire. Thread-safe.
 */
@Service
public class IssuedMails {

    private final IssuedCredentials credentials;
    private final CredentialMail mail;
    private final TenantAccess access;

    IssuedMails(IssuedCredentials credentials, CredentialMail mail, TenantAccess access) {
        this.credentials = credentials;
        this.mail = mail;
        this.access = access;
    }

    /**
     * Sends the issued mail again for each of {@code credentialIds}, all or none.
     *
     * @return the credentials mailed again, in the order given, each once
     * @throws AccessDeniedException when the actor may not issue for the organization, or it has no such credential
     * @throws dev.laurel.server.platform.Problem {@code claims.not-pending} when one was accepted or declined, is
     *     revoked, or its earner deleted their account
     */
    @Transactional
    public List<IssuedCredential> resend(OrganizationId organizationId, List<CredentialId> credentialIds, Actor actor) {
        access.require(organizationId, actor, Role.ISSUER);
        Map<BadgeId, List<CredentialsIssued.Recipient>> byBadge = new LinkedHashMap<>();
        List<IssuedCredential> resent = new ArrayList<>();
        for (CredentialId id : new LinkedHashSet<>(credentialIds)) {
            IssuedCredential credential = credentials
                    .find(id)
                    .filter(found -> found.organizationId().equals(organizationId))
                    .orElseThrow(() -> new AccessDeniedException("no such credential in this organization"));
            refuseUnlessPending(credential);
            byBadge.computeIfAbsent(credential.badgeId(), badge -> new ArrayList<>())
                    .add(new CredentialsIssued.Recipient(
                            credential.id(),
                            credential.recipientEmail(),
                            credential.recipientName(),
                            credential.issuedAt(),
                            credential.validUntil()));
            resent.add(credential);
        }
        byBadge.forEach((badge, earners) -> mail.send(organizationId, badge, earners));
        return resent;
    }

    private static void refuseUnlessPending(IssuedCredential credential) {
        if (credential.recipientForgotten()) {
            throw ClaimsError.NOT_PENDING.problem("Credential " + credential.id()
                    + ": its earner deleted their account, so there is no one to mail.");
        }
        if (credential.state() == CredentialState.REVOKED) {
            throw ClaimsError.NOT_PENDING.problem("Credential " + credential.id() + " is revoked.");
        }
        if (credential.claim() != ClaimState.PENDING) {
            throw ClaimsError.NOT_PENDING.problem("Credential " + credential.id() + " was "
                    + credential.claim().key() + " by its earner already: only a pending one is mailed again.");
        }
    }
}
