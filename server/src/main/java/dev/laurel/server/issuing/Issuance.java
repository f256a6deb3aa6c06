package dev.laurel.server.issuing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.issuing.IssuingEvents.CredentialIssued;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.signing.IssuerKeys;
import dev.laurel.server.signing.ProofFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing a credential: build it, give it a status list index, sign it with the organization's active key, store it
 * exactly as signed, and announce it — all in one transaction, so a credential exists only when all of it happened.
 */
@Service
public class Issuance {

    /**
     * An issuance request.
     *
     * @param recipientEmail the earner's address
     * @param recipientName the earner's name
     * @param issueDate the date it was earned (validFrom, at 00:00 UTC), or null for now
     * @param narrative how it was earned, or null
     * @param evidence evidence URLs
     * @param format the proof format, or null for the badge's default
     */
    public record Request(
            String recipientEmail,
            String recipientName,
            LocalDate issueDate,
            String narrative,
            List<String> evidence,
            ProofFormat format) {}

    private final Badges badges;
    private final Organizations organizations;
    private final IssuedCredentials credentials;
    private final StatusLists statusLists;
    private final CredentialFactory factory;
    private final IssuerKeys issuers;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Issuance(
            Badges badges,
            Organizations organizations,
            IssuedCredentials credentials,
            StatusLists statusLists,
            CredentialFactory factory,
            IssuerKeys issuers,
            Actors actors,
            ApplicationEventPublisher events,
            Clock clock) {
        this.badges = badges;
        this.organizations = organizations;
        this.credentials = credentials;
        this.statusLists = statusLists;
        this.factory = factory;
        this.issuers = issuers;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** Issues {@code badgeId} of {@code organizationId}; the user needs the issuer role. */
    @Transactional
    public IssuedCredential issue(UUID organizationId, UUID badgeId, Request request, LaurelUser user) {
        return issue(organizationId, badgeId, request, new Actor.Member(user));
    }

    /**
     * Issues {@code badgeId} of {@code organizationId} as {@code actor}: a member with the issuer role, or a key of the
     * organization.
     *
     * @throws AccessDeniedException when the actor may not, or the organization has no such badge
     */
    @Transactional
    public IssuedCredential issue(UUID organizationId, UUID badgeId, Request request, Actor actor) {
        actors.requireIssuer(organizationId, actor);
        Badge badge = badges.find(badgeId)
                .filter(found -> found.organizationId().equals(organizationId))
                .orElseThrow(() -> new AccessDeniedException("no such badge in this organization"));
        Organization organization = organizations.find(organizationId).orElseThrow();
        Instant validFrom = request.issueDate() == null
                ? clock.instant().truncatedTo(ChronoUnit.SECONDS)
                : request.issueDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant validUntil = badge.validityMonths() == null
                ? null
                : validFrom
                        .atZone(ZoneOffset.UTC)
                        .plusMonths(badge.validityMonths())
                        .toInstant();
        UUID id = UUID.randomUUID();
        StatusLists.Position status = statusLists.allocate(organizationId);
        ObjectNode unsigned = factory.build(new CredentialFactory.Issue(
                id,
                organization,
                issuers.issuerDid(organizationId),
                badge,
                request.recipientEmail().strip(),
                request.recipientName().strip(),
                validFrom,
                validUntil,
                request.narrative(),
                request.evidence(),
                status));
        ProofFormat format = request.format() == null ? badge.proofFormat() : request.format();
        String document = issuers.sign(organizationId, unsigned, format);
        IssuedCredential credential = new IssuedCredential(
                id,
                organizationId,
                badgeId,
                badge.name(),
                request.recipientEmail().strip(),
                request.recipientName().strip(),
                validFrom,
                validUntil,
                format,
                document,
                CredentialState.ACTIVE,
                null,
                null);
        credentials.add(credential, status.listId(), status.index(), actor.accountId());
        events.publishEvent(new CredentialIssued(
                organizationId,
                id,
                badgeId,
                credential.recipientEmail(),
                credential.recipientName(),
                actor.accountId(),
                actor.apiKeyId()));
        return credential;
    }
}
