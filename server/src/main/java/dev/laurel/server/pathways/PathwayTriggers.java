package dev.laurel.server.pathways;

import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import dev.laurel.server.accounts.Account;
import dev.laurel.server.accounts.Accounts;
import dev.laurel.server.backpack.HeldImports;
import dev.laurel.server.backpack.ImportEvents;
import dev.laurel.server.claims.CredentialClaimed;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.issuing.IssuingEvents.CredentialReinstated;
import dev.laurel.server.issuing.IssuingEvents.CredentialRevoked;
import dev.laurel.server.issuing.IssuingEvents.CredentialSuspended;
import dev.laurel.server.issuing.IssuingEvents.CredentialsIssued;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.FollowUp;
import dev.laurel.server.platform.FollowUps;
import dev.laurel.server.signing.IssuerKeys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What sets off a pathway's evaluation for an earner: a credential issued, accepted, revoked, suspended or reinstated,
 * an import added, changed by a re-check or removed — each in its own transaction — and a credential's expiry, as
 * follow-up work scheduled for its {@code validUntil}. Only the pathways the credential touches are evaluated, only for
 * its earner.
 */
@Component
class PathwayTriggers {

    static final TaskDescriptor<Void> EXPIRY = TaskDescriptor.of("pathway-expiry");

    private final Reevaluation reevaluation;
    private final Pathways pathways;
    private final Badges badges;
    private final IssuedCredentials credentials;
    private final IssuerKeys issuers;
    private final HeldImports imports;
    private final Accounts accounts;
    private final FollowUps followUps;
    private final JdbcClient jdbc;

    PathwayTriggers(
            Reevaluation reevaluation,
            Pathways pathways,
            Badges badges,
            IssuedCredentials credentials,
            IssuerKeys issuers,
            HeldImports imports,
            Accounts accounts,
            FollowUps followUps,
            JdbcClient jdbc) {
        this.reevaluation = reevaluation;
        this.pathways = pathways;
        this.badges = badges;
        this.credentials = credentials;
        this.issuers = issuers;
        this.imports = imports;
        this.accounts = accounts;
        this.followUps = followUps;
        this.jdbc = jdbc;
    }

    @Configuration(proxyBeanMethods = false)
    static class Tasks {
        @Bean
        CustomTask<Void> pathwayExpiry(PathwayTriggers triggers) {
            return FollowUp.task(EXPIRY, triggers::expired);
        }
    }

    @EventListener
    void on(CredentialsIssued issued) {
        List<Pathway> touched = pathways.touching(touches(issued.organizationId(), issued.badgeId()));
        if (touched.isEmpty()) {
            return;
        }
        Set<String> emails = new LinkedHashSet<>();
        List<SchedulableInstance<?>> expiries = new ArrayList<>();
        for (CredentialsIssued.Recipient recipient : issued.credentials()) {
            emails.add(recipient.email());
            if (recipient.validUntil() != null) {
                expiries.add(EXPIRY.instance(recipient.credentialId().value().toString())
                        .scheduledTo(recipient.validUntil()));
            }
        }
        reevaluation.evaluate(touched, emails);
        followUps.scheduleAll(expiries);
    }

    @EventListener
    void on(CredentialRevoked revoked) {
        changed(revoked.credentialId());
    }

    @EventListener
    void on(CredentialSuspended suspended) {
        changed(suspended.credentialId());
    }

    @EventListener
    void on(CredentialReinstated reinstated) {
        changed(reinstated.credentialId());
    }

    @EventListener
    void on(CredentialClaimed claimed) {
        changed(new CredentialId(claimed.credentialId()));
    }

    @EventListener
    void on(ImportEvents.CredentialImported imported) {
        imported(imported.accountId(), imported.itemId());
    }

    @EventListener
    void on(ImportEvents.ImportStandingChanged changed) {
        imported(changed.accountId(), changed.itemId());
    }

    @EventListener
    void on(ImportEvents.ImportRemoved removed) {
        accounts.find(removed.accountId()).map(Account::email).ifPresent(this::everyPathwayOf);
    }

    /** A credential reached its {@code validUntil}: its earner's pathways that count it are evaluated again. */
    @Transactional
    public FollowUp.Next expired(String credentialId) {
        changed(new CredentialId(UUID.fromString(credentialId)));
        return FollowUp.Next.done();
    }

    private void changed(CredentialId id) {
        IssuedCredential credential = credentials.find(id).orElse(null);
        if (credential == null || credential.recipientEmail() == null) {
            return;
        }
        reevaluation.touched(
                touches(credential.organizationId(), credential.badgeId()), List.of(credential.recipientEmail()));
    }

    private void imported(UUID accountId, UUID itemId) {
        Account account = accounts.find(accountId).orElse(null);
        if (account == null) {
            return;
        }
        Set<Pathways.Touch> touches = new LinkedHashSet<>();
        imports.imports(List.of(accountId)).getOrDefault(accountId, List.of()).stream()
                .filter(item -> item.itemId().equals(itemId))
                .forEach(item -> {
                    if (item.achievementId() != null) {
                        touches.add(Pathways.Touch.achievement(item.achievementId()));
                    }
                    if (item.issuerId() != null) {
                        touches.add(Pathways.Touch.issuer(item.issuerId()));
                    }
                    item.alignments().forEach(a -> touches.add(Pathways.Touch.skill(a)));
                });
        reevaluation.touched(touches, List.of(account.email()));
    }

    private void everyPathwayOf(String email) {
        List<UUID> ids = jdbc.sql("select pathway_id from pathway_earners where email = lower(:email)")
                .param("email", email)
                .query(UUID.class)
                .list();
        List<Pathway> list = ids.stream()
                .map(id -> pathways.find(new PathwayId(id)))
                .flatMap(java.util.Optional::stream)
                .toList();
        reevaluation.evaluate(list, List.of(email));
    }

    /** What a credential of {@code badge} is, that a requirement may name. */
    private Set<Pathways.Touch> touches(OrganizationId organization, BadgeId badgeId) {
        Set<Pathways.Touch> touches = new LinkedHashSet<>();
        touches.add(Pathways.Touch.badge(badgeId));
        touches.add(Pathways.Touch.achievement(pathways.achievementId(badgeId)));
        touches.add(Pathways.Touch.issuer(issuers.issuerDid(organization.value())));
        Badge badge = badges.find(badgeId).orElse(null);
        if (badge != null) {
            Held.alignments(badge).forEach(key -> touches.add(Pathways.Touch.skill(key)));
        }
        return touches;
    }
}
