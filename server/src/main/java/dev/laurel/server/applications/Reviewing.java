package dev.laurel.server.applications;

import dev.laurel.server.accounts.Tokens;
import dev.laurel.server.applications.ApplicationEvents.ApplicationDecided;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.organizations.Organizations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews and their consequences, the same for a member on the queue's page, an outside expert by their link and a
 * key by the API: a change request sends the earner back to resubmit, a decline ends the application, and the
 * approval that reaches the badge's required number awards the credential ({@link Award}). Outside experts' links are
 * made and mailed here. Callers check who may review. Thread-safe.
 */
@Service
class Reviewing {

    private final Applications applications;
    private final Award award;
    private final ApplicationMail mail;
    private final Organizations organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration linkValidity;

    Reviewing(
            Applications applications,
            Award award,
            ApplicationMail mail,
            Organizations organizations,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${laurel.applications.expert-link-days:30}") int linkDays) {
        this.applications = applications;
        this.award = award;
        this.mail = mail;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
        this.linkValidity = Duration.ofDays(linkDays);
    }

    /**
     * Records {@code reviewer}'s verdict on the latest submission and does what it calls for.
     *
     * @return the application as it stands after
     * @throws dev.laurel.server.platform.Problem {@code applications.wrong-state} unless it waits for reviews, {@code
     *     applications.already-reviewed}
     */
    @Transactional
    Application review(ApplicationId id, Reviewer reviewer, Verdict verdict) {
        Application application = applications.lock(id).orElseThrow();
        if (application.state() != Application.State.SUBMITTED) {
            throw ApplicationError.WRONG_STATE.problem(
                    "The application is " + application.state().key() + ": it does not wait for a review.");
        }
        Instant now = now();
        Review review = new Review(
                reviewer, application.version(), verdict.decision(), verdict.comment(), verdict.scores(), now);
        if (!applications.add(id, review)) {
            throw ApplicationError.ALREADY_REVIEWED.problem("You reviewed this submission already.");
        }
        if (reviewer.expert()) {
            applications.spend(reviewer.id());
        }
        String issuer = issuer(application);
        CredentialId credential = null;
        switch (verdict.decision()) {
            case REQUEST_CHANGES ->
                applications.update(
                        id,
                        Application.State.CHANGES_REQUESTED,
                        application.version(),
                        verdict.comment(),
                        application.submittedAt());
            case DECLINE -> applications.decide(id, Application.State.DECLINED, verdict.comment(), null, now);
            case APPROVE -> {
                Opening opening = applications.opening(application.badgeId()).orElseThrow();
                List<Review> approvals = applications.reviews(id).stream()
                        .filter(r -> r.version() == application.version() && r.decision() == Review.Decision.APPROVE)
                        .toList();
                if (approvals.size() >= opening.approvalsRequired()) {
                    Submission latest = applications.submissions(id).getLast();
                    credential = award.award(application, opening.rubric(), latest, approvals, issuer);
                    applications.decide(id, Application.State.APPROVED, null, credential, now);
                }
            }
        }
        Application after = applications.find(id).orElseThrow();
        if (after.state() != Application.State.SUBMITTED) {
            mail.decided(after, issuer);
        }
        events.publishEvent(new ApplicationDecided(
                after.organizationId(),
                id,
                after.badgeId(),
                after.badgeName(),
                verdict.decision().key(),
                after.state(),
                reviewer.name(),
                reviewer.accountId(),
                credential));
        return after;
    }

    /** Tells the application's reviewers that a submission waits: members by mail, experts with a new link each. */
    void tellReviewers(Application application) {
        String issuer = issuer(application);
        for (Reviewer reviewer : applications.reviewers(application.id())) {
            if (reviewer.email() == null) {
                continue;
            }
            if (reviewer.expert()) {
                sendLink(application, reviewer, issuer);
            } else {
                mail.submitted(reviewer.email(), application, issuer);
            }
        }
    }

    /** Tells a member just assigned that the application waits for their review, when it does. */
    void assigned(Application application, Reviewer reviewer) {
        if (application.state() == Application.State.SUBMITTED && reviewer.email() != null && !reviewer.expert()) {
            mail.submitted(reviewer.email(), application, issuer(application));
        }
    }

    /** Assigns an outside expert and mails them a link to review the latest submission. */
    @Transactional
    Reviewer invite(Application application, String name, String email) {
        Reviewer reviewer = applications.assign(application.id(), null, name, email, now());
        if (!reviewer.expert()) {
            return reviewer;
        }
        if (application.state() == Application.State.SUBMITTED) {
            sendLink(application, reviewer, issuer(application));
        }
        return reviewer;
    }

    /** The application and expert a link names, while it is valid and unused. */
    Optional<Expert> expert(String token) {
        return applications
                .byLink(Tokens.hash(token), clock.instant())
                .flatMap(found -> applications.find(found.getKey()).map(a -> new Expert(a, found.getValue())));
    }

    /** An application and the expert whose link names it. */
    record Expert(Application application, Reviewer reviewer) {}

    private void sendLink(Application application, Reviewer reviewer, String issuer) {
        String token = Tokens.generate();
        applications.link(reviewer.id(), Tokens.hash(token), clock.instant().plus(linkValidity));
        mail.invited(reviewer.email(), reviewer.name(), application, issuer, token, (int) linkValidity.toDays());
    }

    private String issuer(Application application) {
        return organizations.find(application.organizationId()).orElseThrow().name();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
