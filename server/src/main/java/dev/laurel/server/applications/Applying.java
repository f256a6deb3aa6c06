package dev.laurel.server.applications;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.applications.ApplicationEvents.ApplicationSubmitted;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.Organizations;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The earner's side: applying for a badge open for application, resubmitting after a change request, reading their
 * own applications. Every submission is kept. Thread-safe.
 */
@Service
class Applying {

    private final Applications applications;
    private final Badges badges;
    private final Organizations organizations;
    private final ApplicationMail mail;
    private final Reviewing reviewing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Applying(
            Applications applications,
            Badges badges,
            Organizations organizations,
            ApplicationMail mail,
            Reviewing reviewing,
            ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.badges = badges;
        this.organizations = organizations;
        this.mail = mail;
        this.reviewing = reviewing;
        this.events = events;
        this.clock = clock;
    }

    /** The badge and its settings, when it is open for application. */
    Optional<Open> open(BadgeId badge) {
        return applications.opening(badge).filter(Opening::open).flatMap(opening -> badges.find(badge)
                .map(found -> new Open(found, opening)));
    }

    /** A badge open for application with its settings. */
    record Open(Badge badge, Opening opening) {}

    /** The earner's open application for the badge, if any. */
    Optional<Application> openFor(LaurelUser earner, BadgeId badge) {
        return applications.openFor(earner.accountId(), badge);
    }

    /**
     * Applies for the badge with the evidence; the organization's address is mailed.
     *
     * @throws dev.laurel.server.platform.Problem {@code applications.not-open}, {@code applications.already-applied}
     */
    @Transactional
    public Application apply(BadgeId badge, LaurelUser earner, EvidenceForm evidence) {
        Open open = open(badge).orElseThrow(() -> ApplicationError.NOT_OPEN.problem("The badge is not open."));
        if (applications.openFor(earner.accountId(), badge).isPresent()) {
            throw ApplicationError.ALREADY_APPLIED.problem("You applied for this badge already.");
        }
        ApplicationId id = new ApplicationId(UUID.randomUUID());
        Instant now = now();
        applications.add(id, open.opening(), earner.accountId(), earner.displayName(), earner.email(), now);
        applications.addSubmission(
                id, 1, evidence.statement(), evidence.answers(), evidence.urls(), evidence.files(), now);
        Application application = applications.find(id).orElseThrow();
        String issuer =
                organizations.find(application.organizationId()).orElseThrow().name();
        organizations
                .find(application.organizationId())
                .map(org -> org.email())
                .filter(email -> email != null && !email.isBlank())
                .ifPresent(email -> mail.submitted(email, application, issuer));
        events.publishEvent(new ApplicationSubmitted(
                application.organizationId(), id, application.badgeId(), application.badgeName(), 1));
        return application;
    }

    /**
     * Resubmits after a change request: the next submission, kept beside the ones before; the reviewers are told
     * (outside experts with a new link).
     *
     * @throws dev.laurel.server.platform.Problem {@code applications.wrong-state} unless changes were requested
     */
    @Transactional
    public Application resubmit(ApplicationId id, LaurelUser earner, EvidenceForm evidence) {
        Application application = applications
                .lock(id)
                .filter(a -> earner.accountId().equals(a.accountId()))
                .orElseThrow(() -> ApplicationError.WRONG_STATE.problem("No such application of yours."));
        if (application.state() != Application.State.CHANGES_REQUESTED) {
            throw ApplicationError.WRONG_STATE.problem("Changes were not asked for.");
        }
        int version = application.version() + 1;
        Instant now = now();
        applications.addSubmission(
                id, version, evidence.statement(), evidence.answers(), evidence.urls(), evidence.files(), now);
        applications.update(id, Application.State.SUBMITTED, version, application.reason(), now);
        Application resubmitted = applications.find(id).orElseThrow();
        reviewing.tellReviewers(resubmitted);
        events.publishEvent(new ApplicationSubmitted(
                resubmitted.organizationId(), id, resubmitted.badgeId(), resubmitted.badgeName(), version));
        return resubmitted;
    }

    /** The earner's application, with its submissions and reviews, if it is theirs. */
    Optional<Application> yours(ApplicationId id, LaurelUser earner) {
        return applications.find(id).filter(a -> earner.accountId().equals(a.accountId()));
    }

    /** The rubric of the application's badge, as it is now. */
    Rubric rubric(Application application) {
        return applications.opening(application.badgeId()).map(Opening::rubric).orElse(Rubric.NONE);
    }

    /** The evidence file of an application, for its earner, or for anyone once the credential it backs was issued. */
    Optional<Applications.StoredFile> evidence(ApplicationId id, UUID file, LaurelUser viewer) {
        return applications
                .find(id)
                .filter(a -> a.state() == Application.State.APPROVED
                        || (viewer != null && viewer.accountId().equals(a.accountId())))
                .flatMap(a -> applications.file(id, file));
    }

    List<Submission> submissions(Application application) {
        return applications.submissions(application.id());
    }

    List<Review> reviews(Application application) {
        return applications.reviews(application.id());
    }

    List<Application> mine(LaurelUser earner) {
        return applications.ofEarner(earner.accountId());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
