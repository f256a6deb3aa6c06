package dev.laurel.server.pathways;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.CredentialStates;
import dev.laurel.server.issuing.Issuance;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.platform.FollowUp;
import dev.laurel.server.platform.LaurelSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings one earner's milestone of a pathway to where their credentials put it, as follow-up work keyed by
 * {@code PATHWAY|STEP|EMAIL}: a due milestone still earned is issued through the one issuing operation, with the
 * credentials that earned it as evidence; one no longer earned is forgotten; where the pathway requires current
 * credentials, an awarded milestone is suspended while they are not and reinstated when they are again. One
 * transaction holding the milestone's row, so on several nodes, and run again after a crash, it is issued once.
 */
@Component
class Milestones {

    static final TaskDescriptor<Void> TASK = TaskDescriptor.of("pathway-milestone");

    private final Pathways pathways;
    private final Holdings holdings;
    private final Standings standings;
    private final StepNames names;
    private final Issuance issuance;
    private final IssuedCredentials credentials;
    private final CredentialStates states;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final LaurelSettings settings;
    private final Clock clock;

    Milestones(
            Pathways pathways,
            Holdings holdings,
            Standings standings,
            StepNames names,
            Issuance issuance,
            IssuedCredentials credentials,
            CredentialStates states,
            ApplicationEventPublisher events,
            MessageSource messages,
            LaurelSettings settings,
            Clock clock) {
        this.settings = settings;
        this.pathways = pathways;
        this.holdings = holdings;
        this.standings = standings;
        this.names = names;
        this.issuance = issuance;
        this.credentials = credentials;
        this.states = states;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @Configuration(proxyBeanMethods = false)
    static class Tasks {
        @Bean
        CustomTask<Void> pathwayMilestone(Milestones milestones) {
            return FollowUp.task(TASK, milestones::settle);
        }
    }

    static String id(PathwayId pathway, String stepId, String email) {
        return pathway.value() + "|" + stepId + "|" + email;
    }

    @Transactional
    public FollowUp.Next settle(String id) {
        String[] parts = id.split("\\|", 3);
        PathwayId pathwayId = new PathwayId(UUID.fromString(parts[0]));
        String stepId = parts[1];
        String email = parts[2];
        Optional<Standings.Award> locked = standings.lock(pathwayId, stepId, email);
        Optional<Pathway> found = pathways.find(pathwayId);
        if (locked.isEmpty() || found.isEmpty()) {
            return FollowUp.Next.done();
        }
        Standings.Award award = locked.get();
        Pathway pathway = found.get();
        Optional<Step.Group> group =
                pathway.step(stepId).filter(Step.Group.class::isInstance).map(Step.Group.class::cast);
        BadgeId badge = group.map(pathway::award).orElse(null);
        Instant now = clock.instant();
        Map<String, Evaluation.Result> results =
                Evaluation.of(pathway.steps(), holdings.of(List.of(email)).getOrDefault(email, List.of()), now);
        boolean earned = group.isPresent() && results.get(stepId).done();
        switch (award.state()) {
            case DUE -> {
                if (!earned || badge == null || !pathway.published()) {
                    // not earned any more, or the pathway was unpublished since: publishing it evaluates it again
                    standings.forget(pathwayId, stepId, email);
                } else if (innerDue(pathway, group.get(), email, results)) {
                    // a level reached at the same time is issued first, so this one's evidence can name it
                    return FollowUp.Next.at(now.plusSeconds(1));
                } else {
                    award(pathway, group.get(), badge, email, results, now);
                }
            }
            case AWARDED -> {
                if (pathway.requireCurrent() && !earned) {
                    change(pathway, award, CredentialState.SUSPENDED, "pathway.suspended.reason");
                    standings.state(pathwayId, stepId, email, Standings.State.SUSPENDED);
                }
            }
            case SUSPENDED -> {
                if (earned || !pathway.requireCurrent()) {
                    change(pathway, award, CredentialState.ACTIVE, "pathway.reinstated.reason");
                    standings.state(pathwayId, stepId, email, Standings.State.AWARDED);
                }
            }
        }
        return FollowUp.Next.done();
    }

    /** Whether a milestone under {@code group}, earned too, waits to be issued. */
    private boolean innerDue(Pathway pathway, Step.Group group, String email, Map<String, Evaluation.Result> results) {
        Map<String, Standings.Award> awards = standings.awards(pathway.id(), List.of(email));
        return group.flatten()
                .filter(step -> step != group && step instanceof Step.Group inner && inner.milestone() != null)
                .anyMatch(step -> {
                    Standings.Award inner = awards.get(Standings.key(step.id(), email));
                    return results.get(step.id()).done() && inner != null && inner.state() == Standings.State.DUE;
                });
    }

    private void award(
            Pathway pathway,
            Step.Group group,
            BadgeId badge,
            String email,
            Map<String, Evaluation.Result> results,
            Instant now) {
        StepNames.Names stepNames = names.of(pathway);
        Map<String, Issuance.Cited> cited = new LinkedHashMap<>();
        group.flatten().forEach(step -> {
            Evaluation.Result result = results.get(step.id());
            if (step instanceof Step.Requirement && result.done()) {
                for (Held held : result.satisfiedBy()) {
                    cited.putIfAbsent(held.id(), cited(held, stepNames.of(step)));
                }
            }
        });
        Map<String, Standings.Award> awards = standings.awards(pathway.id(), List.of(email));
        group.flatten()
                .filter(step -> step != group && step instanceof Step.Group)
                .forEach(step -> {
                    Standings.Award inner = awards.get(Standings.key(step.id(), email));
                    if (inner != null && inner.credentialId() != null) {
                        credentials.find(new CredentialId(inner.credentialId())).ifPresent(milestone -> {
                            String id = settingsUrl(milestone.id());
                            cited.putIfAbsent(
                                    id,
                                    new Issuance.Cited(
                                            id,
                                            milestone.badgeName(),
                                            messages.getMessage(
                                                    "pathway.evidence.milestone",
                                                    new Object[] {stepNames.of(step)},
                                                    Locale.ENGLISH)));
                        });
                    }
                });
        String narrative = "Earned by completing "
                + (group == pathway.steps() ? "the pathway" : "the step '" + stepNames.of(group) + "' of the pathway")
                + " '" + pathway.name() + "'. The credentials that"
                + " met its steps are listed as evidence.";
        Issuance.Recipient recipient = new Issuance.Recipient(
                        email, name(email, results), null, null, narrative, List.of())
                .citing(new ArrayList<>(cited.values()));
        IssuedCredential issued = issuance.issue(Issuance.Issue.one(
                        pathway.organizationId(),
                        badge,
                        new Actor.Rule(pathway.organizationId().value()),
                        recipient,
                        null))
                .getFirst();
        standings.awarded(pathway.id(), group.id(), email, issued.id().value(), now);
        if (group == pathway.steps()) {
            events.publishEvent(new PathwayEvents.PathwayCompleted(
                    pathway.organizationId(), pathway.id(), pathway.name(), email, issued.id()));
        }
    }

    private String settingsUrl(CredentialId id) {
        return settings.url("/c/" + id.value());
    }

    private Issuance.Cited cited(Held held, String step) {
        String issuer = held.issuerName() != null ? held.issuerName() : held.issuerId();
        String on = held.earnedAt() == null
                ? "?"
                : DateTimeFormatter.ISO_LOCAL_DATE.format(held.earnedAt().atOffset(ZoneOffset.UTC));
        return new Issuance.Cited(
                held.id(),
                held.name(),
                messages.getMessage("pathway.evidence.description", new Object[] {issuer, on, step}, Locale.ENGLISH));
    }

    /** The name the earner's credentials here give them, else their address's local part. */
    private String name(String email, Map<String, Evaluation.Result> results) {
        return credentials.toRecipient(email).stream()
                .map(IssuedCredential::recipientName)
                .filter(n -> n != null && !n.equals(IssuedCredential.DELETED_EARNER))
                .findFirst()
                .orElse(email.substring(0, email.indexOf('@')));
    }

    private void change(Pathway pathway, Standings.Award award, CredentialState to, String reason) {
        if (award.credentialId() == null) {
            return;
        }
        CredentialId id = new CredentialId(award.credentialId());
        IssuedCredential credential = credentials.find(id).orElse(null);
        Actor rule = new Actor.Rule(pathway.organizationId().value());
        String text = messages.getMessage(reason, null, Locale.ENGLISH);
        if (credential == null || credential.state() == CredentialState.REVOKED) {
            return;
        }
        if (to == CredentialState.SUSPENDED && credential.state() == CredentialState.ACTIVE) {
            states.suspend(pathway.organizationId(), id, text, rule);
        } else if (to == CredentialState.ACTIVE && credential.state() == CredentialState.SUSPENDED) {
            states.reinstate(pathway.organizationId(), id, text, rule);
        }
    }
}
