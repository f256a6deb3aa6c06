package dev.laurel.server.issuing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.status.StatusPurpose;
import dev.laurel.server.issuing.IssuingEvents.CredentialsIssued;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.signing.IssuerIdentifier;
import dev.laurel.server.signing.IssuerKeys;
import dev.laurel.server.signing.ProofFormat;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing credentials of a badge — one, or a batch: build each, give it a status list index, sign it with the
 * organization's active key (see {@link Minting}), store it exactly as signed, and announce them all in one {@link
 * CredentialsIssued} — in one transaction, the caller's when there is one, so a credential exists only when all of it
 * happened. The one way credentials are issued: the web form, the API, hooks and bulk jobs all come here.
 * Thread-safe.
 */
@Service
public class Issuance {

    /**
     * Credentials of one badge to issue.
     *
     * @param actor who issues: a member with the issuer role, or a key of the organization
     * @param format the proof format, or null for the badge's
     */
    public record Issue(
            OrganizationId organizationId,
            BadgeId badgeId,
            Actor actor,
            List<Recipient> recipients,
            ProofFormat format) {

        public Issue {
            Objects.requireNonNull(organizationId, "organizationId");
            Objects.requireNonNull(badgeId, "badgeId");
            Objects.requireNonNull(actor, "actor");
            recipients = List.copyOf(recipients);
        }

        /** One credential: a batch of one. */
        public static Issue one(
                OrganizationId organizationId, BadgeId badgeId, Actor actor, Recipient recipient, ProofFormat format) {
            return new Issue(organizationId, badgeId, actor, List.of(recipient), format);
        }
    }

    /**
     * One earner and what they earned.
     *
     * @param email the earner's address
     * @param name the earner's name
     * @param issuedOn the date it was earned (validFrom at 00:00 UTC), or null for now
     * @param expiresOn when it stops being valid (validUntil at 00:00 UTC), or null for the badge's validity
     * @param narrative how it was earned, or null
     * @param evidence evidence URLs, possibly none
     * @param creditsEarned the continuing-education credits earned, or null for the badge's {@code creditsAvailable}
     * @param renews the credential of the same badge this one renews, or null
     * @param cited credentials this one was earned with, named in its evidence (a pathway's milestone), possibly none
     * @param assessment how it was assessed (an expert review), or null
     */
    public record Recipient(
            String email,
            String name,
            LocalDate issuedOn,
            LocalDate expiresOn,
            String narrative,
            List<String> evidence,
            BigDecimal creditsEarned,
            CredentialId renews,
            List<Cited> cited,
            Assessment assessment) {

        public Recipient {
            email = email.strip();
            name = name.strip();
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
            cited = cited == null ? List.of() : List.copyOf(cited);
            if (creditsEarned != null && creditsEarned.signum() < 0) {
                throw new IllegalArgumentException("credits earned cannot be negative");
            }
        }

        /** An earner with no credits given (the badge's) and renewing nothing. */
        public Recipient(
                String email,
                String name,
                LocalDate issuedOn,
                LocalDate expiresOn,
                String narrative,
                List<String> evidence) {
            this(email, name, issuedOn, expiresOn, narrative, evidence, null, null, List.of(), null);
        }

        /** An earner with no assessment. */
        public Recipient(
                String email,
                String name,
                LocalDate issuedOn,
                LocalDate expiresOn,
                String narrative,
                List<String> evidence,
                BigDecimal creditsEarned,
                CredentialId renews,
                List<Cited> cited) {
            this(email, name, issuedOn, expiresOn, narrative, evidence, creditsEarned, renews, cited, null);
        }

        /** The same, with {@code credits} earned. */
        public Recipient withCredits(BigDecimal credits) {
            return new Recipient(
                    email, name, issuedOn, expiresOn, narrative, evidence, credits, renews, cited, assessment);
        }

        /** The same, renewing {@code renewed}. */
        public Recipient renewing(CredentialId renewed) {
            return new Recipient(
                    email, name, issuedOn, expiresOn, narrative, evidence, creditsEarned, renewed, cited, assessment);
        }

        /** The same, citing {@code credentials} as what it was earned with. */
        public Recipient citing(List<Cited> credentials) {
            return new Recipient(
                    email,
                    name,
                    issuedOn,
                    expiresOn,
                    narrative,
                    evidence,
                    creditsEarned,
                    renews,
                    credentials,
                    assessment);
        }

        /** The same, {@code assessed}. */
        public Recipient assessed(Assessment assessed) {
            return new Recipient(
                    email, name, issuedOn, expiresOn, narrative, evidence, creditsEarned, renews, cited, assessed);
        }
    }

    /**
     * How a credential was assessed, added to it before it is signed: the evidence assessed as its {@code evidence}, the
     * badge's rubric as the achievement's {@code resultDescription}s, the levels achieved as the subject's {@code
     * result}s, and endorsements of the credential made once its id is known (the reviewers' statements), embedded as
     * its {@code endorsement}s. For a batch of one: the endorsements are made on the issuing thread.
     *
     * @param evidence OB 3.0 Evidence objects, after the recipient's evidence links, possibly none
     * @param resultDescriptions OB 3.0 ResultDescription objects, possibly none
     * @param results OB 3.0 Result objects, possibly none
     * @param endorsements makes the signed EndorsementCredentials of the credential with the id given, possibly none
     */
    public record Assessment(
            List<ObjectNode> evidence,
            List<ObjectNode> resultDescriptions,
            List<ObjectNode> results,
            java.util.function.Function<String, List<ObjectNode>> endorsements) {

        public Assessment {
            evidence = List.copyOf(evidence);
            resultDescriptions = List.copyOf(resultDescriptions);
            results = List.copyOf(results);
            Objects.requireNonNull(endorsements, "endorsements");
        }

        /** Adds it to {@code credential}, unsigned, whose id is known. */
        void addTo(ObjectNode credential) {
            if (!evidence.isEmpty()) {
                JsonNode given = credential.get("evidence");
                ArrayNode all = credential.putArray("evidence");
                if (given != null) {
                    all.addAll(
                            given.isArray()
                                    ? (ArrayNode) given
                                    : credential.arrayNode().add(given));
                }
                all.addAll(evidence);
            }
            ObjectNode subject = (ObjectNode) credential.get("credentialSubject");
            if (!resultDescriptions.isEmpty()) {
                ((ObjectNode) subject.get("achievement"))
                        .putArray("resultDescription")
                        .addAll(resultDescriptions);
            }
            if (!results.isEmpty()) {
                subject.putArray("result").addAll(results);
            }
            List<ObjectNode> made = endorsements.apply(credential.get("id").asText());
            if (!made.isEmpty()) {
                credential.putArray("endorsement").addAll(made);
            }
        }
    }

    /**
     * A credential another one was earned with, as its evidence names it.
     *
     * @param id the credential's id (a URL or URN)
     * @param name what it is: the achievement's name
     * @param description why it counts: its issuer and the step it met
     */
    public record Cited(String id, String name, String description) {
        public Cited {
            Objects.requireNonNull(id, "id");
        }
    }

    private final Badges badges;
    private final Organizations organizations;
    private final IssuedCredentials credentials;
    private final CredentialFactory factory;
    private final Minting minting;
    private final IssuerKeys issuers;
    private final TenantAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Issuance(
            Badges badges,
            Organizations organizations,
            IssuedCredentials credentials,
            CredentialFactory factory,
            Minting minting,
            IssuerKeys issuers,
            TenantAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.badges = badges;
        this.organizations = organizations;
        this.credentials = credentials;
        this.factory = factory;
        this.minting = minting;
        this.issuers = issuers;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Issues the badge to every recipient of {@code issue}, in the caller's transaction or a new one.
     *
     * @return the new credentials, in the order of the recipients
     * @throws AccessDeniedException when the actor may not, or the organization has no such badge
     * @throws dev.laurel.server.platform.Problem {@code issuing.saved-url-invalid} (409, naming the {@code field})
     *     when a URL the badge or organization was saved with is not an IRI
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<IssuedCredential> issue(Issue issue) {
        if (issue.recipients().isEmpty()) {
            return List.of();
        }
        OrganizationId organizationId = issue.organizationId();
        access.require(organizationId, issue.actor(), Role.ISSUER);
        Badge badge = badges.find(issue.badgeId())
                .filter(found -> found.organizationId().equals(organizationId))
                .orElseThrow(() -> new AccessDeniedException("no such badge in this organization"));
        Organization organization = organizations.find(organizationId).orElseThrow();
        SavedUrls.check(badge, organization);
        String issuerDid = issuers.issuerDid(organizationId.value());
        ProofFormat format = issue.format() == null ? badge.proofFormat() : issue.format();
        EmbeddedEndorsements.Embedded endorsements = factory.endorsements(organization, badge);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<Draft> drafts = issue.recipients().stream()
                .map(recipient -> Draft.of(badge, recipient, now))
                .toList();
        List<Minting.Minted> minted = minting.mint(
                organizationId.value(),
                IssuerIdentifier.DID_WEB,
                drafts.size(),
                List.of(StatusPurpose.REVOCATION),
                format,
                (i, status) -> drafts.get(i)
                        .assessed(factory.build(drafts.get(i)
                                .content(organization, issuerDid, badge, status.getFirst(), endorsements))));
        List<IssuedCredential> issued = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            issued.add(drafts.get(i).signed(badge, format, minted.get(i).document()));
        }
        credentials.addAll(
                issued,
                minted.stream().map(m -> m.status().getFirst()).toList(),
                issue.actor().accountId());
        events.publishEvent(new CredentialsIssued(
                organizationId,
                badge.id(),
                issued.stream()
                        .map(c -> new CredentialsIssued.Recipient(
                                c.id(), c.recipientEmail(), c.recipientName(), c.issuedAt(), c.validUntil()))
                        .toList(),
                issue.actor().recorded()));
        return issued;
    }

    /**
     * The credential's document in {@code format}: as signed at issue when it was issued in that format, else the same
     * credential secured the other way (a VC-JWT's credential with an embedded proof, a credential's JSON without its
     * proof as a VC-JWT), signed now with the organization's active key.
     *
     * @throws IllegalStateException when the earner deleted their account: there is no document any more
     */
    public String document(IssuedCredential credential, ProofFormat format) {
        if (credential.recipientForgotten()) {
            throw new IllegalStateException("the credential's document was erased with its earner");
        }
        if (credential.format() == format) {
            return credential.document();
        }
        JsonNode content =
                switch (credential.format()) {
                    case VC_JWT -> DecodedJwt.parse(credential.document()).credential();
                    case DATA_INTEGRITY -> {
                        ObjectNode json = (ObjectNode) Json.parse(credential.document());
                        json.remove("proof");
                        yield json;
                    }
                };
        return issuers.sign(credential.organizationId().value(), content, format);
    }

    /** A credential before it is signed: its id and validity, from the dates given or the badge's. */
    private record Draft(CredentialId id, Recipient recipient, Instant validFrom, Instant validUntil) {

        static Draft of(Badge badge, Recipient recipient, Instant now) {
            Instant validFrom = recipient.issuedOn() == null
                    ? now
                    : recipient.issuedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant validUntil;
            if (recipient.expiresOn() != null) {
                validUntil = recipient.expiresOn().atStartOfDay(ZoneOffset.UTC).toInstant();
            } else if (badge.validityMonths() != null) {
                validUntil = validFrom
                        .atZone(ZoneOffset.UTC)
                        .plusMonths(badge.validityMonths())
                        .toInstant();
            } else {
                validUntil = null;
            }
            return new Draft(new CredentialId(UUID.randomUUID()), recipient, validFrom, validUntil);
        }

        CredentialFactory.Issue content(
                Organization organization,
                String issuerDid,
                Badge badge,
                StatusLists.Position status,
                EmbeddedEndorsements.Embedded endorsements) {
            return new CredentialFactory.Issue(
                    id.value(),
                    organization,
                    issuerDid,
                    badge,
                    recipient.email(),
                    recipient.name(),
                    validFrom,
                    validUntil,
                    recipient.narrative(),
                    recipient.evidence(),
                    credits(badge),
                    recipient.renews(),
                    recipient.cited(),
                    status,
                    endorsements);
        }

        /** The built {@code credential} with the recipient's assessment added, if any. */
        ObjectNode assessed(ObjectNode credential) {
            if (recipient.assessment() != null) {
                recipient.assessment().addTo(credential);
            }
            return credential;
        }

        /** The credits given, else the badge's {@code creditsAvailable}, else none. */
        BigDecimal credits(Badge badge) {
            return recipient.creditsEarned() != null ? recipient.creditsEarned() : badge.creditsAvailable();
        }

        IssuedCredential signed(Badge badge, ProofFormat format, String document) {
            return new IssuedCredential(
                    id,
                    badge.organizationId(),
                    badge.id(),
                    badge.name(),
                    recipient.email(),
                    recipient.name(),
                    validFrom,
                    validUntil,
                    format,
                    document,
                    CredentialState.ACTIVE,
                    null,
                    null,
                    ClaimState.PENDING,
                    recipient.renews(),
                    null,
                    credits(badge));
        }
    }
}
