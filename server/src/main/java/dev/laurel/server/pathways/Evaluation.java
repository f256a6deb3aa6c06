package dev.laurel.server.pathways;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which steps of a tree the credentials an earner holds complete, at an instant: a pure function, so the same for a
 * page, the API and awarding. Only current credentials count. A requirement is met by the earliest credential that
 * meets it no earlier than the bound its groups set (an ordered group's previous step, a time window); a group is
 * complete when enough of its steps are and the credits under it add up.
 */
final class Evaluation {

    /** One step's result; see {@link Progress.StepProgress}. */
    record Result(
            boolean done,
            int have,
            int need,
            BigDecimal credits,
            Instant completedAt,
            List<Held> satisfiedBy,
            List<Held> counted) {}

    private final List<Held> held;
    private final Instant now;
    private final Map<String, Result> results = new LinkedHashMap<>();

    private Evaluation(List<Held> held, Instant now) {
        this.held = held.stream()
                .filter(Held::current)
                .sorted(Comparator.comparing(Evaluation::earned))
                .toList();
        this.now = now;
    }

    /** Each step's result by id, for {@code held} at {@code now}. */
    static Map<String, Result> of(Step.Group root, List<Held> held, Instant now) {
        Evaluation evaluation = new Evaluation(held, now);
        evaluation.step(root, Instant.MIN);
        return evaluation.results;
    }

    private Result step(Step step, Instant notBefore) {
        Result result =
                switch (step) {
                    case Step.Requirement requirement -> requirement(requirement, notBefore);
                    case Step.Group group -> group(group, notBefore);
                };
        results.put(step.id(), result);
        return result;
    }

    private Result requirement(Step.Requirement requirement, Instant notBefore) {
        List<Held> meeting = held.stream()
                .filter(h -> h.meets(requirement) && !earned(h).isBefore(notBefore))
                .toList();
        BigDecimal credits = meeting.stream()
                .map(h -> h.credits() == null ? BigDecimal.ZERO : h.credits())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (meeting.isEmpty()) {
            return new Result(false, 0, 1, credits, null, List.of(), List.of());
        }
        return new Result(true, 1, 1, credits, earned(meeting.getFirst()), List.of(meeting.getFirst()), meeting);
    }

    private Result group(Step.Group group, Instant notBefore) {
        Instant bound = notBefore;
        if (group.withinMonths() != null) {
            Instant window = now.atOffset(ZoneOffset.UTC)
                    .minusMonths(group.withinMonths())
                    .toInstant();
            bound = window.isAfter(bound) ? window : bound;
        }
        int need = group.needed();
        List<Result> done = new ArrayList<>();
        Set<Held> counted = new LinkedHashSet<>();
        Instant completedAt = null;
        Instant next = bound;
        for (Step child : group.children()) {
            Result result = step(child, group.ordered() ? next : bound);
            counted.addAll(result.counted());
            if (result.done()) {
                done.add(result);
                if (group.ordered()) {
                    next = result.completedAt();
                }
            }
        }
        BigDecimal credits = counted.stream()
                .map(h -> h.credits() == null ? BigDecimal.ZERO : h.credits())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean enough =
                done.size() >= need && (group.minCredits() == null || credits.compareTo(group.minCredits()) >= 0);
        List<Held> satisfiedBy = new ArrayList<>();
        if (enough) {
            List<Result> taken = group.ordered()
                    ? done.subList(0, need)
                    : done.stream()
                            .sorted(Comparator.comparing(Result::completedAt))
                            .limit(need)
                            .toList();
            completedAt = taken.stream()
                    .map(Result::completedAt)
                    .max(Comparator.naturalOrder())
                    .orElse(bound);
            if (group.minCredits() != null) {
                completedAt = latest(completedAt, whenCreditsReached(counted, group.minCredits()));
            }
            taken.forEach(r -> satisfiedBy.addAll(r.satisfiedBy()));
            if (group.minCredits() != null) {
                counted.stream().filter(h -> !satisfiedBy.contains(h)).forEach(satisfiedBy::add);
            }
        } else {
            done.forEach(r -> satisfiedBy.addAll(r.satisfiedBy()));
        }
        return new Result(
                enough,
                done.size(),
                need,
                credits,
                completedAt,
                List.copyOf(new LinkedHashSet<>(satisfiedBy)),
                List.copyOf(counted));
    }

    private static Instant whenCreditsReached(Set<Held> counted, BigDecimal minimum) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Held h : counted.stream()
                .sorted(Comparator.comparing(Evaluation::earned))
                .toList()) {
            sum = sum.add(h.credits() == null ? BigDecimal.ZERO : h.credits());
            if (sum.compareTo(minimum) >= 0) {
                return earned(h);
            }
        }
        return null;
    }

    private static Instant latest(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static Instant earned(Held held) {
        return held.earnedAt() == null ? Instant.EPOCH : held.earnedAt();
    }
}
