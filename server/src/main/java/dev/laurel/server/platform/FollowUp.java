package dev.laurel.server.platform;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a module declares its follow-up work for {@link FollowUps}: a {@link #task} runs once per scheduled id and may
 * ask to run again later (a retry, a due time); {@link #every} runs on one node at a time, at a fixed delay. Work that
 * throws is tried again after a backoff starting at {@link #FAILURE_BACKOFF}; work whose node died is revived.
 */
public final class FollowUp {

    /** The first wait after work threw; it doubles with each failure in a row. */
    public static final Duration FAILURE_BACKOFF = Duration.ofSeconds(10);

    private FollowUp() {}

    /** What one run of a task's work asks for. */
    public sealed interface Next {
        /** The work is done: the instance leaves the queue. */
        record Done() implements Next {}

        /** The work is to be run again at {@code at}, with the same id. */
        record Again(Instant at) implements Next {}

        static Next done() {
            return new Done();
        }

        static Next at(Instant at) {
            return new Again(at);
        }

        static Next of(Optional<Instant> again) {
            return again.<Next>map(Again::new).orElseGet(Done::new);
        }
    }

    /** A task named by {@code descriptor}, running {@code work} with the instance's id. */
    public static CustomTask<Void> task(TaskDescriptor<Void> descriptor, Function<String, Next> work) {
        return Tasks.custom(descriptor)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(FAILURE_BACKOFF))
                .onDeadExecutionRevive()
                .execute((instance, context) -> switch (work.apply(instance.getId())) {
                    case Next.Done done -> new CompletionHandler.OnCompleteRemove<>();
                    case Next.Again again ->
                        (ExecutionComplete complete,
                                com.github.kagkarlsson.scheduler.task.ExecutionOperations<Void> ops) ->
                                ops.reschedule(complete, again.at());
                });
    }

    /** A recurring task named {@code name}: {@code work} runs {@code delay} after the last run ended, first after one. */
    public static RecurringTask<Void> every(String name, Duration delay, Runnable work) {
        return Tasks.recurring(name, new AfterDelay(delay))
                .onDeadExecutionRevive()
                .execute((instance, context) -> work.run());
    }

    /** {@code delay} after start, then {@code delay} after each run. */
    private record AfterDelay(Duration delay) implements Schedule {

        @Override
        public Instant getNextExecutionTime(ExecutionComplete complete) {
            return complete.getTimeDone().plus(delay);
        }

        @Override
        public Instant getInitialExecutionTime(Instant now) {
            return now.plus(delay);
        }

        @Override
        public boolean isDeterministic() {
            return false;
        }
    }
}
