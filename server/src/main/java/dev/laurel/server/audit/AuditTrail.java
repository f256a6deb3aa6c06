package dev.laurel.server.audit;

import dev.laurel.server.accounts.Account;
import dev.laurel.server.accounts.Accounts;
import dev.laurel.server.apikeys.ApiKeyEvents.ApiKeyCreated;
import dev.laurel.server.apikeys.ApiKeyEvents.ApiKeyRevoked;
import dev.laurel.server.issuing.IssuingEvents.BadgeCreated;
import dev.laurel.server.issuing.IssuingEvents.BadgeDeleted;
import dev.laurel.server.issuing.IssuingEvents.BadgeUpdated;
import dev.laurel.server.issuing.IssuingEvents.CredentialReinstated;
import dev.laurel.server.issuing.IssuingEvents.CredentialRevoked;
import dev.laurel.server.issuing.IssuingEvents.CredentialSuspended;
import dev.laurel.server.issuing.IssuingEvents.CredentialsIssued;
import dev.laurel.server.issuing.IssuingEvents.SuppliedCredentialIssued;
import dev.laurel.server.issuing.IssuingEvents.SuppliedCredentialStatusChanged;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationEvents.MemberChanged;
import dev.laurel.server.organizations.OrganizationEvents.MemberInvited;
import dev.laurel.server.organizations.OrganizationEvents.MemberJoined;
import dev.laurel.server.organizations.OrganizationEvents.OrganizationCreated;
import dev.laurel.server.organizations.OrganizationEvents.ProfileUpdated;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.signing.IssuerKeys.KeyRotated;
import dev.laurel.server.signing.IssuerKeys.VcApiIssuerChanged;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what other modules announce into audit entries: one small method per event, run synchronously in the
 * publisher's transaction, so the entry commits or rolls back with the action (a failure to record fails the action).
 * Subjects are written as a person reads them at the time; actors are kept as account ids and named when read.
 */
@Component
class AuditTrail {

    private final AuditLog log;
    private final Accounts accounts;
    private final Organizations organizations;

    AuditTrail(AuditLog log, Accounts accounts, Organizations organizations) {
        this.log = log;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @EventListener
    void on(OrganizationCreated event) {
        record(event.organizationId().value(), event.createdBy(), "organization.created", event.name(), Map.of());
    }

    @EventListener
    void on(ProfileUpdated event) {
        String name = organizations
                .find(event.organizationId())
                .map(Organization::name)
                .orElse("");
        record(event.organizationId().value(), event.updatedBy(), "organization.profile-updated", name, Map.of());
    }

    @EventListener
    void on(MemberInvited event) {
        record(
                event.organizationId().value(),
                event.invitedBy(),
                "member.invited",
                event.email(),
                Map.of("role", event.role().key()));
    }

    @EventListener
    void on(MemberJoined event) {
        record(
                event.organizationId().value(),
                event.accountId(),
                "member.joined",
                email(event.accountId()),
                Map.of(
                        "account",
                        event.accountId().toString(),
                        "role",
                        event.role().key()));
    }

    @EventListener
    void on(MemberChanged event) {
        boolean removed = event.role() == null;
        record(
                event.organizationId().value(),
                event.changedBy(),
                removed ? "member.removed" : "member.role-changed",
                email(event.accountId()),
                removed
                        ? Map.of("account", event.accountId().toString())
                        : Map.of(
                                "account",
                                event.accountId().toString(),
                                "role",
                                event.role().key()));
    }

    @EventListener
    void on(KeyRotated event) {
        record(event.organizationId(), event.rotatedBy(), "key.rotated", event.fragment(), Map.of());
    }

    @EventListener
    void on(VcApiIssuerChanged event) {
        record(
                event.organizationId(),
                event.changedBy(),
                "vcapi.issuer.changed",
                event.identifier().value(),
                Map.of());
    }

    @EventListener
    void on(BadgeCreated event) {
        recordBy(
                event.organizationId().value(),
                event.actor(),
                "badge.created",
                event.name(),
                Map.of("badge", event.badgeId().value()));
    }

    @EventListener
    void on(BadgeUpdated event) {
        recordBy(
                event.organizationId().value(),
                event.actor(),
                "badge.updated",
                event.name(),
                Map.of("badge", event.badgeId().value()));
    }

    @EventListener
    void on(BadgeDeleted event) {
        recordBy(
                event.organizationId().value(),
                event.actor(),
                "badge.deleted",
                event.name(),
                Map.of("badge", event.badgeId().value()));
    }

    /** Credentials issued, one or a batch: one entry each, written in one batch. */
    @EventListener
    void on(CredentialsIssued event) {
        log.appendAll(event.credentials().stream()
                .map(credential -> entry(
                        event.organizationId().value(),
                        event.actor(),
                        "credential.issued",
                        credential.name() + " <" + credential.email() + ">",
                        Map.of(
                                "credential",
                                credential.credentialId().value(),
                                "badge",
                                event.badgeId().value())))
                .toList());
    }

    @EventListener
    void on(CredentialRevoked event) {
        stateChange(
                event.organizationId().value(),
                event.actor(),
                "credential.revoked",
                event.credentialId().value(),
                event.reason());
    }

    @EventListener
    void on(CredentialSuspended event) {
        stateChange(
                event.organizationId().value(),
                event.actor(),
                "credential.suspended",
                event.credentialId().value(),
                event.reason());
    }

    @EventListener
    void on(CredentialReinstated event) {
        stateChange(
                event.organizationId().value(),
                event.actor(),
                "credential.reinstated",
                event.credentialId().value(),
                event.reason());
    }

    /** A credential issued through the VC-API: its subject is the credential's own id, as the client named it. */
    @EventListener
    void on(SuppliedCredentialIssued event) {
        record(
                event.organizationId().value(),
                null,
                "vc-api.credential.issued",
                event.credentialId(),
                byKey(Map.of("credential", event.id()), event.apiKeyId()));
    }

    @EventListener
    void on(SuppliedCredentialStatusChanged event) {
        record(
                event.organizationId().value(),
                null,
                "vc-api.credential.status-" + (event.flagged() ? "set" : "cleared"),
                event.credentialId(),
                byKey(Map.of("credential", event.id(), "purpose", event.purpose()), event.apiKeyId()));
    }

    @EventListener
    void on(ApiKeyCreated event) {
        recordBy(
                event.organizationId(),
                event.actor(),
                "api-key.created",
                event.name() + " (" + event.prefix() + ")",
                Map.of("scopes", String.join(", ", event.scopes())));
    }

    @EventListener
    void on(ApiKeyRevoked event) {
        recordBy(
                event.organizationId(),
                event.actor(),
                "api-key.revoked",
                event.name() + " (" + event.prefix() + ")",
                Map.of());
    }

    private void stateChange(UUID organizationId, Actor actor, String action, UUID credentialId, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("credential", credentialId);
        if (reason != null) {
            details.put("reason", reason);
        }
        recordBy(organizationId, actor, action, credentialId.toString(), details);
    }

    /** The details, and the API key that acted when one did: an entry without an account names its key. */
    private static Map<String, ?> byKey(Map<String, ?> details, UUID key) {
        if (key == null) {
            return details;
        }
        Map<String, Object> with = new LinkedHashMap<>(details);
        with.put(AuditEntry.API_KEY, key);
        return with;
    }

    private void record(UUID organizationId, UUID actor, String action, String subject, Map<String, ?> details) {
        log.append(new AuditEntry(organizationId, actor, action, subject, details));
    }

    private void recordBy(UUID organizationId, Actor actor, String action, String subject, Map<String, ?> details) {
        log.append(entry(organizationId, actor, action, subject, details));
    }

    /** An entry by an issuing actor: a member's account, or no account and the key in the details. */
    private static AuditEntry entry(
            UUID organizationId, Actor actor, String action, String subject, Map<String, ?> details) {
        return new AuditEntry(organizationId, actor.accountId(), action, subject, byKey(details, actor.apiKeyId()));
    }

    private String email(UUID accountId) {
        return accounts.find(accountId).map(Account::email).orElse(accountId.toString());
    }
}
