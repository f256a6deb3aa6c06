package dev.laurel.server.applications;

import dev.laurel.server.accounts.Account;
import dev.laurel.server.accounts.Accounts;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's side of expert review: a badge's application settings, the queue of applications, assigning
 * reviewers (members with the issuer role or above — who may issue the badge may review for it — and outside experts by
 * mailed link) and a member's or key's review. Every call needs the issuer role, or a key of the organization.
 * Thread-safe.
 */
@Service
public class ReviewQueue {

    /**
     * Which applications to list: of a badge, in a state, assigned to a member, submitted after a cursor (the last
     * listed's {@code submittedAt}); all when null. At most {@code limit}, the longest waiting first.
     */
    public record Filter(BadgeId badge, Application.State state, UUID reviewerAccount, Instant after, int limit) {}

    /** The most applications one listing returns. */
    public static final int MAX_LIMIT = 200;

    private final Applications applications;
    private final Reviewing reviewing;
    private final Badges badges;
    private final Accounts accounts;
    private final TenantAccess access;
    private final Clock clock;

    ReviewQueue(
            Applications applications,
            Reviewing reviewing,
            Badges badges,
            Accounts accounts,
            TenantAccess access,
            Clock clock) {
        this.applications = applications;
        this.reviewing = reviewing;
        this.badges = badges;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
    }

    /** The organization's badge, for its settings. */
    Badge badge(OrganizationId organization, BadgeId badge, Actor actor) {
        access.require(organization, actor, Role.ISSUER);
        return badges.find(badge)
                .filter(b -> b.organizationId().equals(organization))
                .orElseThrow(() -> new AccessDeniedException("no such badge in this organization"));
    }

    Opening settings(OrganizationId organization, BadgeId badge, Actor actor) {
        badge(organization, badge, actor);
        return applications.opening(badge).orElse(Opening.closed(badge, organization));
    }

    /**
     * Saves a badge's application settings.
     *
     * @throws dev.laurel.server.platform.Problem {@code applications.settings-invalid}
     */
    @Transactional
    Opening save(OrganizationId organization, BadgeId badge, boolean open, int approvals, String rubric, Actor actor) {
        badge(organization, badge, actor);
        if (approvals < 1 || approvals > 10) {
            throw ApplicationError.SETTINGS_INVALID.problem("Approvals required: 1 to 10.");
        }
        Rubric parsed;
        try {
            parsed = Rubric.parse(rubric);
        } catch (IllegalArgumentException e) {
            throw ApplicationError.SETTINGS_INVALID.problem("The rubric: " + e.getMessage() + ".");
        }
        Opening opening = new Opening(badge, organization, open, approvals, parsed);
        applications.save(opening, clock.instant());
        return opening;
    }

    /** The organization's applications by {@code filter}, the longest waiting first. */
    public List<Application> list(OrganizationId organization, Filter filter, Actor actor) {
        access.require(organization, actor, Role.REVIEWER);
        return applications.of(
                organization,
                new Filter(
                        filter.badge(),
                        filter.state(),
                        filter.reviewerAccount(),
                        filter.after(),
                        Math.min(Math.max(filter.limit(), 1), MAX_LIMIT)));
    }

    /**
     * The application id a page's path names, once the actor may see the organization's applications.
     *
     * @throws AccessDeniedException when the actor may not
     * @throws org.springframework.web.server.ResponseStatusException 404 when the text is no id
     */
    ApplicationId id(OrganizationId organization, String text, Actor actor) {
        access.require(organization, actor, Role.REVIEWER);
        try {
            return new ApplicationId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_FOUND);
        }
    }

    /** One of the organization's applications, if it has it. */
    public Optional<Application> find(OrganizationId organization, ApplicationId id, Actor actor) {
        access.require(organization, actor, Role.REVIEWER);
        return applications.find(id).filter(a -> a.organizationId().equals(organization));
    }

    public List<Submission> submissions(Application application) {
        return applications.submissions(application.id());
    }

    public List<Review> reviews(Application application) {
        return applications.reviews(application.id());
    }

    List<Reviewer> reviewers(Application application) {
        return applications.reviewers(application.id());
    }

    Rubric rubric(Application application) {
        return applications.opening(application.badgeId()).map(Opening::rubric).orElse(Rubric.NONE);
    }

    Optional<Applications.StoredFile> file(OrganizationId organization, ApplicationId id, UUID file, Actor actor) {
        return find(organization, id, actor).flatMap(a -> applications.file(a.id(), file));
    }

    /**
     * Assigns the member signing in with {@code email} as a reviewer; they are mailed when it waits for review.
     *
     * @throws dev.laurel.server.platform.Problem {@code applications.review-invalid} when no member with the reviewer
     *     role or above signs in with that address
     */
    @Transactional
    Reviewer assign(OrganizationId organization, ApplicationId id, String email, Actor actor) {
        access.require(organization, actor, Role.ISSUER);
        Application application = existing(organization, id, actor);
        Account member = accounts.findByEmail(email == null ? "" : email.strip())
                .filter(account -> mayReview(organization, account.id()))
                .orElseThrow(() -> ApplicationError.REVIEW_INVALID.problem(
                        "No member with the reviewer role or above signs in with that address."));
        boolean assigned =
                reviewers(application).stream().anyMatch(r -> member.id().equals(r.accountId()));
        Reviewer reviewer = assignMember(application, member);
        if (!assigned) {
            reviewing.assigned(application, reviewer);
        }
        return reviewer;
    }

    /**
     * Invites an outside expert, who is mailed a single-use link to review the latest submission.
     *
     * @throws dev.laurel.server.platform.Problem {@code applications.review-invalid} without a name and an address
     */
    @Transactional
    Reviewer invite(OrganizationId organization, ApplicationId id, String name, String email, Actor actor) {
        access.require(organization, actor, Role.ISSUER);
        Application application = existing(organization, id, actor);
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String called = name == null ? "" : name.strip();
        if (called.isEmpty() || called.length() > 200 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ApplicationError.REVIEW_INVALID.problem("Give the expert's name and address.");
        }
        if (application.state().decided()) {
            throw ApplicationError.WRONG_STATE.problem(
                    "The application was " + application.state().key() + ".");
        }
        return reviewing.invite(application, called, address);
    }

    /**
     * Reviews the latest submission: a member, who is assigned as a reviewer if they were not, or a key, recorded as a
     * reviewer named after it.
     *
     * @throws dev.laurel.server.platform.Problem see {@link Verdict#of} and {@link Reviewing#review}
     */
    @Transactional
    public Application review(
            OrganizationId organization,
            ApplicationId id,
            String decision,
            String comment,
            Map<String, String> scores,
            Actor actor) {
        Application application = existing(organization, id, actor);
        Verdict verdict = Verdict.of(decision, comment, scores, rubric(application));
        Reviewer reviewer;
        if (actor.apiKeyId() != null) {
            reviewer = applications.assignKey(id, actor.apiKeyId(), clock.instant());
        } else {
            Account member = accounts.find(actor.accountId()).orElseThrow();
            reviewer = assignMember(application, member);
        }
        return reviewing.review(id, reviewer, verdict);
    }

    private Reviewer assignMember(Application application, Account member) {
        Reviewer reviewer = applications.assign(
                application.id(), member.id(), member.displayName(), member.email(), clock.instant());
        // when the address was invited as an outside expert before, the member reviews as that reviewer
        return reviewer;
    }

    private Application existing(OrganizationId organization, ApplicationId id, Actor actor) {
        return find(organization, id, actor)
                .orElseThrow(() -> new AccessDeniedException("no such application in this organization"));
    }

    private boolean mayReview(OrganizationId organization, UUID account) {
        try {
            access.require(organization, account, Role.REVIEWER);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    Instant now() {
        return clock.instant();
    }
}
