package dev.laurel.server.issuing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.issuing.IssuingEvents.CredentialsIssued;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.signing.IssuerKeys;
import dev.laurel.server.signing.Signer;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing many credentials of one badge at once, in the caller's transaction: status indexes allocated together, the
 * credentials built and signed in parallel on a pool as large as the machine has cores, inserted in one batch, and
 * announced in one {@link CredentialsIssued}. Either all of them exist when the transaction commits, or none.
 * Thread-safe: several workers may issue batches at once.
 */
@Service
public class BatchIssuance {

    /**
     * One credential to issue.
     *
     * @param issueDate the date it was earned (validFrom at 00:00 UTC), or null for now
     * @param expiresOn when it stops being valid (validUntil at 00:00 UTC), or null for the badge's validity
     * @param narrative how it was earned, or null
     */
    public record Request(
            String recipientEmail,
            String recipientName,
            LocalDate issueDate,
            LocalDate expiresOn,
            String narrative,
            List<String> evidence) {

        public Request {
            evidence = List.copyOf(evidence);
        }
    }

    private final Badges badges;
    private final Organizations organizations;
    private final IssuedCredentials credentials;
    private final StatusLists statusLists;
    private final CredentialFactory factory;
    private final IssuerKeys issuers;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ForkJoinPool signers = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    BatchIssuance(
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

    /**
     * Issues {@code badgeId} of {@code organizationId} to everyone in {@code requests}, as {@code actor}.
     *
     * @return the new credentials' ids, in the order of {@code requests}
     * @throws AccessDeniedException when the actor may not, or the organization has no such badge
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> issue(UUID organizationId, UUID badgeId, List<Request> requests, Actor actor) {
        if (requests.isEmpty()) {
            return List.of();
        }
        actors.requireIssuer(organizationId, actor);
        Badge badge = badges.find(badgeId)
                .filter(found -> found.organizationId().equals(organizationId))
                .orElseThrow(() -> new AccessDeniedException("no such badge in this organization"));
        Organization organization = organizations.find(organizationId).orElseThrow();
        String issuerDid = issuers.issuerDid(organizationId);
        Signer signer = issuers.signer(organizationId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<StatusLists.Position> positions = statusLists.allocateMany(organizationId, requests.size());
        List<IssuedCredential> issued = sign(requests, request -> {
            int i = request.index();
            Request r = request.value();
            Instant validFrom = r.issueDate() == null
                    ? now
                    : r.issueDate().atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant validUntil = validUntil(badge, validFrom, r.expiresOn());
            UUID id = UUID.randomUUID();
            String email = r.recipientEmail().strip();
            String name = r.recipientName().strip();
            ObjectNode unsigned = factory.build(new CredentialFactory.Issue(
                    id,
                    organization,
                    issuerDid,
                    badge,
                    email,
                    name,
                    validFrom,
                    validUntil,
                    r.narrative(),
                    r.evidence(),
                    positions.get(i)));
            String document = signer.sign(unsigned, badge.proofFormat());
            return new IssuedCredential(
                    id,
                    organizationId,
                    badgeId,
                    badge.name(),
                    email,
                    name,
                    validFrom,
                    validUntil,
                    badge.proofFormat(),
                    document,
                    CredentialState.ACTIVE,
                    null,
                    null);
        });
        credentials.addAll(issued, positions, actor.accountId());
        events.publishEvent(new CredentialsIssued(
                organizationId,
                badgeId,
                issued.stream()
                        .map(c -> new CredentialsIssued.Recipient(c.id(), c.recipientEmail(), c.recipientName()))
                        .toList(),
                actor.accountId(),
                actor.apiKeyId()));
        return issued.stream().map(IssuedCredential::id).toList();
    }

    private static Instant validUntil(Badge badge, Instant validFrom, LocalDate expiresOn) {
        if (expiresOn != null) {
            return expiresOn.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return badge.validityMonths() == null
                ? null
                : validFrom
                        .atZone(ZoneOffset.UTC)
                        .plusMonths(badge.validityMonths())
                        .toInstant();
    }

    private record Indexed<T>(int index, T value) {}

    /** Builds and signs every request on the pool, one slice per core, keeping their order. */
    private List<IssuedCredential> sign(
            List<Request> requests, java.util.function.Function<Indexed<Request>, IssuedCredential> one) {
        int slices = Math.min(signers.getParallelism(), requests.size());
        List<Future<List<IssuedCredential>>> futures = new ArrayList<>(slices);
        for (int s = 0; s < slices; s++) {
            int from = requests.size() * s / slices;
            int to = requests.size() * (s + 1) / slices;
            futures.add(signers.submit(() -> {
                List<IssuedCredential> part = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    part.add(one.apply(new Indexed<>(i, requests.get(i))));
                }
                return part;
            }));
        }
        List<IssuedCredential> all = new ArrayList<>(requests.size());
        try {
            for (Future<List<IssuedCredential>> future : futures) {
                all.addAll(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("signing failed", e.getCause());
        }
        return all;
    }

    @PreDestroy
    void stop() {
        signers.shutdownNow();
    }
}
