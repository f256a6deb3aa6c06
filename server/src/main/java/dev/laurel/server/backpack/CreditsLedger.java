package dev.laurel.server.backpack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.server.issuing.CredentialStatus;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.issuing.LifecyclePolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The earner's continuing-education credits, by cycle: for each credential issued here that is renewed by credits
 * (its badge's {@link LifecyclePolicy.RenewalRule#CREDITS}), still current, the credits earned within its validity
 * window — from the same organization's credentials (of the badges the policy names, or any of them), and, when the
 * policy counts them, from verified imports that carry {@code creditsEarned} — against the credits its renewal needs.
 * Imports are read from the credential they carry (a JSON file, a VC-JWT's payload, or baked into an image).
 */
@Component
class CreditsLedger {

    /**
     * One cycle: the credential to renew, its window, what it needs and what was earned in it.
     *
     * @param credentialId the credential issued here that the credits renew
     */
    record Cycle(
            UUID credentialId,
            String organization,
            String badge,
            Instant from,
            Instant until,
            BigDecimal needed,
            BigDecimal earned,
            List<Line> lines) {

        /** The credits still missing, zero once there are enough. */
        public BigDecimal missing() {
            return needed.subtract(earned).max(BigDecimal.ZERO);
        }

        public boolean complete() {
            return earned.compareTo(needed) >= 0;
        }
    }

    /** Credits earned with one credential. */
    record Line(String badge, String issuer, Instant issuedAt, BigDecimal credits, boolean imported) {}

    private final LifecyclePolicies policies;
    private final Items items;
    private final Clock clock;

    CreditsLedger(LifecyclePolicies policies, Items items, Clock clock) {
        this.policies = policies;
        this.items = items;
        this.clock = clock;
    }

    /** The cycles of the earner's backpack, soonest to expire first. */
    List<Cycle> of(List<Backpack.Entry> entries) {
        Instant now = clock.instant();
        List<Cycle> cycles = new ArrayList<>();
        for (Backpack.Entry entry : entries) {
            IssuedCredential renewed = entry.issued();
            if (renewed == null || renewed.validUntil() == null || !current(renewed, now)) {
                continue;
            }
            LifecyclePolicy policy = policies.of(renewed.organizationId(), renewed.badgeId());
            if (policy.renewalRule() != LifecyclePolicy.RenewalRule.CREDITS) {
                continue;
            }
            List<Line> lines = new ArrayList<>();
            for (Backpack.Entry other : entries) {
                if (other != entry) {
                    line(other, renewed, policy).ifPresent(lines::add);
                }
            }
            lines.sort(Comparator.comparing(Line::issuedAt));
            cycles.add(new Cycle(
                    renewed.id().value(),
                    entry.item().facts().issuerName(),
                    renewed.badgeName(),
                    renewed.issuedAt(),
                    renewed.validUntil(),
                    policy.renewalCredits() == null ? BigDecimal.ZERO : policy.renewalCredits(),
                    lines.stream().map(Line::credits).reduce(BigDecimal.ZERO, BigDecimal::add),
                    List.copyOf(lines)));
        }
        cycles.sort(Comparator.comparing(Cycle::until));
        return cycles;
    }

    /** The credits the earner's verified imports ({@code entries}) carry towards renewing {@code renewed}. */
    BigDecimal imported(List<Backpack.Entry> entries, IssuedCredential renewed, LifecyclePolicy policy) {
        return entries.stream()
                .filter(entry -> entry.issued() == null)
                .map(entry -> line(entry, renewed, policy))
                .flatMap(java.util.Optional::stream)
                .map(Line::credits)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean current(IssuedCredential credential, Instant now) {
        CredentialStatus status = credential.status(now);
        return status == CredentialStatus.ACTIVE;
    }

    private java.util.Optional<Line> line(Backpack.Entry other, IssuedCredential renewed, LifecyclePolicy policy) {
        Instant from = renewed.issuedAt();
        Instant until = renewed.validUntil();
        IssuedCredential issued = other.issued();
        if (issued != null) {
            // the rule lifecycle's renewal by credits applies: after the renewed credential was issued, active, of
            // the policy's badges, or of any other badge of the organization when it names none
            boolean counts = issued.organizationId().equals(renewed.organizationId())
                    && issued.state() == dev.laurel.server.issuing.CredentialState.ACTIVE
                    && issued.creditsEarned() != null
                    && issued.creditsEarned().signum() > 0
                    && issued.issuedAt().isAfter(from)
                    && within(issued.issuedAt(), from, until)
                    && (policy.renewalCreditBadges().isEmpty()
                            ? !issued.badgeId().equals(renewed.badgeId())
                            : policy.renewalCreditBadges().contains(issued.badgeId()));
            return counts
                    ? java.util.Optional.of(new Line(
                            issued.badgeName(),
                            other.item().facts().issuerName(),
                            issued.issuedAt(),
                            issued.creditsEarned(),
                            false))
                    : java.util.Optional.empty();
        }
        Item item = other.item();
        boolean verified = item.imported()
                && item.carriedAsEarners()
                && item.check().verifiedAt() != null
                && other.standing() != Standing.REVOKED
                && other.standing() != Standing.SUSPENDED;
        if (!policy.renewalCountsImports() || !verified || !within(item.facts().issuedAt(), from, until)) {
            return java.util.Optional.empty();
        }
        BigDecimal credits = importedCredits(other);
        return credits == null || credits.signum() <= 0
                ? java.util.Optional.empty()
                : java.util.Optional.of(new Line(
                        item.facts().name(),
                        item.facts().issuerName(),
                        item.facts().issuedAt(),
                        credits,
                        true));
    }

    private static boolean within(Instant at, Instant from, Instant until) {
        return at != null && !at.isBefore(from) && at.isBefore(until);
    }

    /** The {@code credentialSubject.creditsEarned} of an imported credential, or null. */
    private BigDecimal importedCredits(Backpack.Entry entry) {
        JsonNode credential = items.original(entry.item().id())
                .map(Items.Original::credential)
                .orElse(null);
        return credential == null ? null : ItemFacts.credits(credential);
    }
}
