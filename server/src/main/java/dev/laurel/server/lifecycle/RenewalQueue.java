package dev.laurel.server.lifecycle;

import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issuer's queue of renewal requests: listing them, reading a request's evidence, approving (the credential is
 * renewed through {@link Renewals}, the request names the renewal) or declining with a reason; either way the earner
 * is mailed. Every call needs the issuer role, or a key of the organization. Thread-safe.
 */
@Service
public class RenewalQueue {

    /** The most requests one listing returns. */
    public static final int MAX_LIMIT = 500;

    /** An evidence file: its name as sent, its media type as its bytes say, the bytes. */
    public record EvidenceFile(String name, String type, byte[] bytes) {}

    private final RenewalRequests requests;
    private final Renewals renewals;
    private final RenewalMail mail;
    private final TenantAccess access;
    private final Clock clock;

    RenewalQueue(RenewalRequests requests, Renewals renewals, RenewalMail mail, TenantAccess access, Clock clock) {
        this.requests = requests;
        this.renewals = renewals;
        this.mail = mail;
        this.access = access;
        this.clock = clock;
    }

    /** The organization's requests, oldest first; only those of {@code status} when it is given. */
    public List<RenewalRequest> list(
            OrganizationId organization, RenewalRequest.Status status, int limit, Actor actor) {
        access.require(organization, actor, Role.ISSUER);
        return requests.of(organization, status, Math.min(Math.max(limit, 1), MAX_LIMIT));
    }

    /** One of the organization's requests, if it has it. */
    public Optional<RenewalRequest> find(OrganizationId organization, UUID id, Actor actor) {
        access.require(organization, actor, Role.ISSUER);
        return requests.find(id).filter(r -> r.organizationId().equals(organization));
    }

    /** The request's evidence file, if it has one. */
    public Optional<EvidenceFile> evidence(OrganizationId organization, UUID id, Actor actor) {
        return find(organization, id, actor)
                .flatMap(r -> requests.file(r.id()))
                .map(f -> new EvidenceFile(f.name(), f.type(), f.bytes()));
    }

    /**
     * Approves a pending request: renews its credential and mails the earner.
     *
     * @return the request, approved, naming the renewal
     * @throws AccessDeniedException when the actor may not, or the organization has no such request
     * @throws dev.laurel.server.platform.Problem {@code lifecycle.already-decided}, or what {@link Renewals#renew}
     *     refuses with
     */
    @Transactional
    public RenewalRequest approve(OrganizationId organization, UUID id, Actor actor) {
        RenewalRequest request = pending(organization, id, actor);
        IssuedCredential renewal = renewals.renew(organization, request.credentialId(), actor);
        return decide(request, RenewalRequest.Status.APPROVED, null, renewal, actor);
    }

    /**
     * Declines a pending request with {@code reason}, which the earner is mailed.
     *
     * @throws dev.laurel.server.platform.Problem {@code lifecycle.reason-required} or {@code lifecycle.already-decided}
     */
    @Transactional
    public RenewalRequest decline(OrganizationId organization, UUID id, String reason, Actor actor) {
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty()) {
            access.require(organization, actor, Role.ISSUER);
            throw LifecycleError.REASON_REQUIRED.problem("Say why: the earner is sent the reason.");
        }
        if (given.length() > 2000) {
            throw LifecycleError.REASON_REQUIRED.problem("The reason is at most 2,000 characters.");
        }
        RenewalRequest request = pending(organization, id, actor);
        return decide(request, RenewalRequest.Status.DECLINED, given, null, actor);
    }

    private RenewalRequest pending(OrganizationId organization, UUID id, Actor actor) {
        access.require(organization, actor, Role.ISSUER);
        RenewalRequest request = requests.lock(id)
                .filter(r -> r.organizationId().equals(organization))
                .orElseThrow(() -> new AccessDeniedException("no such renewal request in this organization"));
        if (request.status() != RenewalRequest.Status.PENDING) {
            throw LifecycleError.ALREADY_DECIDED.problem(
                    "The request was " + request.status().key() + " already.");
        }
        return request;
    }

    private RenewalRequest decide(
            RenewalRequest request,
            RenewalRequest.Status status,
            String reason,
            IssuedCredential renewal,
            Actor actor) {
        requests.decide(
                request.id(),
                status,
                reason,
                renewal == null ? null : renewal.id(),
                actor.accountId(),
                actor.apiKeyId(),
                clock.instant());
        RenewalRequest decided = requests.find(request.id()).orElseThrow();
        mail.decided(decided);
        return decided;
    }
}
