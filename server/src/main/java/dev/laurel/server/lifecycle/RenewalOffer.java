package dev.laurel.server.lifecycle;

import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.LifecyclePolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * What the earner of a credential may do about renewing it at a moment, by its policy.
 *
 * @param kind what is offered, or why nothing is
 * @param opensAt when the renewal window opens ({@code validUntil} less the policy's window days), or null without one
 * @param credits for the credits rule: the credits counted so far, else null
 * @param needed for the credits rule: the credits needed, else null
 * @param pending the request waiting for the issuer, or null
 */
record RenewalOffer(Kind kind, Instant opensAt, BigDecimal credits, BigDecimal needed, RenewalRequest pending) {

    /** What is offered; the first four let nothing be asked. */
    enum Kind {
        /** Revoked, suspended, its earner deleted their account, or it never expires. */
        NOT_RENEWABLE,
        /** A newer credential renews it already. */
        RENEWED,
        /** The issuer renews it by re-issuing; the earner cannot ask. */
        REISSUE_ONLY,
        /** The window has not opened yet. */
        NOT_YET,
        /** A request waits for the issuer. */
        PENDING,
        /** The credits rule: not enough credits yet. */
        CREDITS_SHORT,
        /** The credits rule: enough credits; asking renews it now. */
        CREDITS,
        /** The manual rule: asking with evidence sends a request to the issuer. */
        MANUAL;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Whether the earner may ask now. */
    boolean open() {
        return kind == Kind.CREDITS || kind == Kind.MANUAL;
    }

    /** The offer for {@code credential} under {@code policy} at {@code now}, counting credits with {@code credits}. */
    static RenewalOffer of(
            IssuedCredential credential,
            LifecyclePolicy policy,
            RenewalRequest pending,
            Instant now,
            java.util.function.Supplier<BigDecimal> credits) {
        if (credential.recipientForgotten()
                || credential.state() != CredentialState.ACTIVE
                || credential.validUntil() == null) {
            return new RenewalOffer(Kind.NOT_RENEWABLE, null, null, null, null);
        }
        Instant opensAt = opensAt(credential, policy);
        if (credential.renewedBy() != null) {
            return new RenewalOffer(Kind.RENEWED, opensAt, null, null, null);
        }
        if (policy.renewalRule() == LifecyclePolicy.RenewalRule.REISSUE) {
            return new RenewalOffer(Kind.REISSUE_ONLY, opensAt, null, null, null);
        }
        if (now.isBefore(opensAt)) {
            return new RenewalOffer(Kind.NOT_YET, opensAt, null, null, null);
        }
        if (pending != null) {
            return new RenewalOffer(Kind.PENDING, opensAt, null, null, pending);
        }
        if (policy.renewalRule() == LifecyclePolicy.RenewalRule.MANUAL) {
            return new RenewalOffer(Kind.MANUAL, opensAt, null, null, null);
        }
        BigDecimal needed = policy.renewalCredits() == null ? BigDecimal.ZERO : policy.renewalCredits();
        BigDecimal earned = credits.get();
        return new RenewalOffer(
                earned.compareTo(needed) >= 0 ? Kind.CREDITS : Kind.CREDITS_SHORT, opensAt, earned, needed, null);
    }

    /** When the earner may start asking: the policy's window days before {@code validUntil}. */
    static Instant opensAt(IssuedCredential credential, LifecyclePolicy policy) {
        return credential.validUntil().minus(Duration.ofDays(policy.renewalWindowDays()));
    }
}
