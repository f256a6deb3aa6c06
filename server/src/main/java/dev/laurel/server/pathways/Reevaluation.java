package dev.laurel.server.pathways;

import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import dev.laurel.server.platform.FollowUps;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Evaluates pathways again for some earners, after something they hold changed, in that change's transaction: records
 * each earner's standing, announces the steps newly complete (an event, and a mail for a completed group), and marks
 * milestones due — awarded, suspended or reinstated by the {@link Milestones} follow-up it schedules. Incremental: only
 * the published pathways given, only the earners given.
 */
@Component
class Reevaluation {

    private final Pathways pathways;
    private final Holdings holdings;
    private final Standings standings;
    private final StepNames names;
    private final StepMail mail;
    private final FollowUps followUps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reevaluation(
            Pathways pathways,
            Holdings holdings,
            Standings standings,
            StepNames names,
            StepMail mail,
            FollowUps followUps,
            ApplicationEventPublisher events,
            Clock clock) {
        this.pathways = pathways;
        this.holdings = holdings;
        this.standings = standings;
        this.names = names;
        this.mail = mail;
        this.followUps = followUps;
        this.events = events;
        this.clock = clock;
    }

    /** Evaluates the pathways that count any of {@code touches} for the earners behind {@code emails}. */
    void touched(Set<Pathways.Touch> touches, Collection<String> emails) {
        List<Pathway> touched = pathways.touching(touches);
        if (!touched.isEmpty()) {
            evaluate(touched, emails);
        }
    }

    /**
     * Evaluates the published pathways of {@code list} for the earners behind {@code emails}; a draft or unpublished
     * pathway is not live: it is not evaluated and awards nothing ({@link PathwayLaunch} evaluates it once published).
     */
    void evaluate(List<Pathway> list, Collection<String> emails) {
        List<Pathway> live = list.stream().filter(Pathway::published).toList();
        if (live.isEmpty() || emails.isEmpty()) {
            return;
        }
        Map<String, List<Held>> held = holdings.of(emails);
        Instant now = clock.instant();
        for (Pathway pathway : live) {
            evaluate(pathway, held, now);
        }
    }

    private void evaluate(Pathway pathway, Map<String, List<Held>> held, Instant now) {
        Map<String, Standings.Standing> before = standings.of(pathway.id(), held.keySet());
        Map<String, Standings.Award> awards = standings.awards(pathway.id(), held.keySet());
        StepNames.Names stepNames = names.of(pathway);
        List<Standings.Standing> changed = new ArrayList<>();
        List<PathwayEvents.StepsCompleted.Completion> completions = new ArrayList<>();
        List<StepMail.Completed> mails = new ArrayList<>();
        List<SchedulableInstance<?>> settle = new ArrayList<>();
        for (Map.Entry<String, List<Held>> entry : held.entrySet()) {
            String earner = entry.getKey();
            Map<String, Evaluation.Result> results = Evaluation.of(pathway.steps(), entry.getValue(), now);
            Set<String> completed = new TreeSet<>();
            results.forEach((id, result) -> {
                if (result.done()) {
                    completed.add(id);
                }
            });
            Standings.Standing old = before.get(earner);
            boolean holdsAny = results.values().stream().anyMatch(r -> r.have() > 0);
            if (old == null && !holdsAny) {
                continue;
            }
            int percent = percent(pathway, results);
            if (old == null || !old.completedSteps().equals(completed) || old.percent() != percent) {
                boolean done = results.get(pathway.steps().id()).done();
                changed.add(new Standings.Standing(earner, completed, percent, done ? now : null));
            }
            Set<String> newly = new HashSet<>(completed);
            if (old != null) {
                newly.removeAll(old.completedSteps());
            }
            List<Step.Group> groupsDone = new ArrayList<>();
            pathway.steps().flatten().forEach(step -> {
                if (step != pathway.steps() && newly.contains(step.id())) {
                    completions.add(new PathwayEvents.StepsCompleted.Completion(step.id(), stepNames.of(step), earner));
                    if (step instanceof Step.Group group) {
                        groupsDone.add(group);
                    }
                }
                if (step instanceof Step.Group group && pathway.award(group) != null) {
                    milestone(pathway, group, earner, results.get(group.id()).done(), awards, settle, now);
                }
            });
            if (!groupsDone.isEmpty()) {
                mails.add(new StepMail.Completed(earner, groupsDone, percent, next(pathway, results, stepNames)));
            }
        }
        standings.save(pathway.id(), changed, now);
        if (!completions.isEmpty()) {
            events.publishEvent(new PathwayEvents.StepsCompleted(
                    pathway.organizationId(), pathway.id(), pathway.name(), completions));
        }
        mail.completed(pathway, stepNames, mails);
        followUps.scheduleAll(settle);
    }

    private void milestone(
            Pathway pathway,
            Step.Group group,
            String earner,
            boolean done,
            Map<String, Standings.Award> awards,
            List<SchedulableInstance<?>> settle,
            Instant now) {
        Standings.Award award = awards.get(Standings.key(group.id(), earner));
        boolean due = award == null
                ? done && standings.due(pathway.id(), group.id(), earner, now)
                : pathway.requireCurrent()
                        && ((done && award.state() == Standings.State.SUSPENDED)
                                || (!done && award.state() == Standings.State.AWARDED));
        if (due) {
            String id = Milestones.id(pathway.id(), group.id(), earner);
            if (award == null) {
                settle.add(Milestones.TASK.instance(id).scheduledTo(now));
            } else {
                followUps.schedule(Milestones.TASK, id, now);
            }
        }
    }

    /**
     * How far along, 0 to 100 (100 only once the whole tree is complete): of the fewest requirements that complete the
     * tree, how many are met — a group counts its cheapest children, the ones furthest along first.
     */
    static int percent(Pathway pathway, Map<String, Evaluation.Result> results) {
        if (results.get(pathway.steps().id()).done()) {
            return 100;
        }
        int[] tally = tally(pathway.steps(), results);
        return tally[1] == 0 ? 0 : (int) Math.min(99, (long) tally[0] * 100 / tally[1]);
    }

    /** {met, needed} for {@code step}. */
    private static int[] tally(Step step, Map<String, Evaluation.Result> results) {
        if (step instanceof Step.Group group) {
            List<int[]> children = group.children().stream()
                    .map(child -> tally(child, results))
                    .sorted(java.util.Comparator.<int[]>comparingInt(t -> t[1] - t[0])
                            .thenComparingInt(t -> t[1]))
                    .toList();
            int met = 0;
            int needed = 0;
            for (int i = 0; i < Math.min(group.needed(), children.size()); i++) {
                met += Math.min(children.get(i)[0], children.get(i)[1]);
                needed += children.get(i)[1];
            }
            return new int[] {met, needed};
        }
        return new int[] {results.get(step.id()).done() ? 1 : 0, 1};
    }

    /** The first requirement not met, in the tree's order, to earn next; null when none. */
    static String next(Pathway pathway, Map<String, Evaluation.Result> results, StepNames.Names names) {
        return pathway.steps()
                .flatten()
                .filter(step -> step instanceof Step.Requirement
                        && !results.get(step.id()).done())
                .findFirst()
                .map(names::of)
                .orElse(null);
    }
}
