package dev.laurel.server.platform;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one queue of follow-up work, shared by every node: db-scheduler's {@code scheduled_tasks}. A module declares
 * its work as a {@link Task} bean (usually made with {@link FollowUp#task} or {@link FollowUp#every}) and schedules
 * an instance of it with {@link #schedule} in the transaction of the write that calls for it, so the work exists if
 * and only if that write committed. Each instance runs on exactly one node at a time; a node that stops
 * heartbeating ({@code laurel.follow-ups.heartbeat-interval}, four missed beats, kill -9 included) has its work
 * picked up again by another; {@code picked_by} names the node running an instance as its JVM's {@code pid@host}. Work
 * runs at least once: every task must be safe to run again.
 *
 * <p>The scheduler polls every {@code laurel.follow-ups.poll-interval}, and at once after a commit that scheduled
 * work due now; it runs {@code laurel.follow-ups.threads} tasks at a time and waits for them on shutdown. With {@code
 * laurel.scheduling} false (operator commands) work is scheduled but not run here. Thread-safe.
 */
@Component
public class FollowUps implements SmartLifecycle, DisposableBean {

    private static final int MISSED_HEARTBEATS = 4;

    private final DataSource dataSource;
    private final ObjectProvider<Task<?>> tasks;
    private final Clock clock;
    private final SchedulerClient client;
    private final Duration poll;
    private final Duration heartbeat;
    private final int threads;
    private final Duration shutdownWait;
    private final boolean enabled;
    private volatile Scheduler scheduler;
    private volatile Scheduler stopped;

    FollowUps(
            DataSource dataSource,
            ObjectProvider<Task<?>> tasks,
            Clock clock,
            @Value("${laurel.follow-ups.poll-interval:2s}") Duration poll,
            @Value("${laurel.follow-ups.heartbeat-interval:30s}") Duration heartbeat,
            @Value("${laurel.follow-ups.threads:10}") int threads,
            @Value("${laurel.follow-ups.shutdown-wait:30s}") Duration shutdownWait,
            @Value("${laurel.scheduling:true}") boolean enabled) {
        // Statements on this data source join the caller's Spring transaction when there is one.
        this.dataSource = new TransactionAwareDataSourceProxy(dataSource);
        this.tasks = tasks;
        this.clock = clock;
        this.poll = poll;
        this.heartbeat = heartbeat;
        this.threads = threads;
        this.shutdownWait = shutdownWait;
        this.enabled = enabled;
        this.client = SchedulerClient.Builder.create(this.dataSource)
                .jdbcCustomization(jdbc())
                .enablePriority()
                .build();
    }

    /**
     * Schedules {@code work}, in the caller's transaction when there is one; an instance already scheduled under the
     * same task and id is moved to the new time. An instance running right now is left alone: its run decides when it
     * runs next, and reads what the caller's transaction wrote once that commits.
     */
    public void schedule(SchedulableInstance<?> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                client.schedule(work, SchedulerClient.ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
                break;
            } catch (TaskInstanceCurrentlyExecutingException running) {
                return;
            } catch (com.github.kagkarlsson.scheduler.exceptions.ExecutionException changed) {
                // the instance ended, or another node moved it, between the scheduler's look and its update: look again
                if (attempt == 3) {
                    throw changed;
                }
            }
        }
        wakeAfterCommit(work.getNextExecutionTime(clock.instant()));
    }

    /** Schedules many instances, none of which may exist yet, in one batch of the caller's transaction. */
    public void scheduleAll(List<SchedulableInstance<?>> work) {
        if (work.isEmpty()) {
            return;
        }
        client.scheduleBatch(work);
        wakeAfterCommit(clock.instant());
    }

    /** Schedules {@code task}'s instance {@code id} at {@code at}, moving it there when it is scheduled already. */
    public void schedule(TaskDescriptor<Void> task, String id, Instant at) {
        schedule(task.instance(id).scheduledTo(at));
    }

    private void wakeAfterCommit(Instant due) {
        if (due.isAfter(clock.instant())) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    /** Looks for due work now instead of at the next poll: after the platform clock moved forward, say. */
    public void checkNow() {
        wake();
    }

    private void wake() {
        Scheduler running = scheduler;
        if (running != null) {
            running.triggerCheckForDueExecutions();
        }
    }

    /** Stops taking work on this node (work in progress finishes), for tests where another node must do it. */
    public void pause() {
        Scheduler running = scheduler;
        if (running != null) {
            running.pause();
        }
    }

    public void resume() {
        Scheduler running = scheduler;
        if (running != null) {
            running.resume();
        }
    }

    @Override
    public void start() {
        if (!enabled || scheduler != null) {
            return;
        }
        List<Task<?>> all = tasks.orderedStream().toList();
        List<RecurringTask<?>> recurring = all.stream()
                .filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(task -> (RecurringTask<?>) task)
                .toList();
        List<Task<?>> oneTime =
                all.stream().filter(task -> !(task instanceof RecurringTask<?>)).toList();
        // Recurring tasks are known to the scheduler as the tasks it starts.
        Scheduler started = Scheduler.create(dataSource, oneTime)
                .startTasks(recurring)
                .jdbcCustomization(jdbc())
                .enablePriority()
                .schedulerName(new SchedulerName.Fixed(
                        ManagementFactory.getRuntimeMXBean().getName()))
                .pollUsingLockAndFetch(0.5, 1.0)
                .pollingInterval(poll)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .threads(threads)
                .clock(clock::instant)
                .shutdownMaxWait(shutdownWait)
                .build();
        started.start();
        scheduler = started;
    }

    /**
     * Stops polling and lets the runs in progress finish: db-scheduler waits {@code laurel.follow-ups.shutdown-wait},
     * interrupts them, and waits as long again. The first of the lifecycle beans to stop (the default phase, the
     * highest), so runs in progress still have the web server's and every other bean's services.
     */
    @Override
    public void stop() {
        Scheduler running = scheduler;
        scheduler = null;
        if (running != null) {
            stopped = running;
            running.stop();
        }
    }

    /**
     * Before the data source closes — this bean depends on it, so it is destroyed first —: a run that outlived the
     * scheduler's stop gets up to {@code laurel.follow-ups.shutdown-wait} more to end, so it does not find the pool
     * closed under it. One still running then is left as a killed node's run is: picked up again by another node.
     */
    @Override
    public void destroy() throws InterruptedException {
        Scheduler last = stopped;
        if (last == null) {
            return;
        }
        long deadline = System.nanoTime() + shutdownWait.toNanos();
        while (!last.getCurrentlyExecuting().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    private static PostgreSqlJdbcCustomization jdbc() {
        return new PostgreSqlJdbcCustomization(false, true);
    }
}
